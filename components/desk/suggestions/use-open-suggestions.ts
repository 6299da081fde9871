'use client';

import type { Editor } from '@tiptap/react';
import { startTransition, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { suggestionsInDoc, type BodySuggestion } from '@/lib/suggestions/body';
import { isSuggesting } from '@/components/editor/suggest-changes';
import { fieldSuggestionsMapOf, fieldSuggestionsOf, type FieldSuggestion } from '@/lib/stories/shared-doc/suggestions';

/** Read the body's suggestions at most this often while this person types (the walk is the whole document). */
const BODY_READ_MS = 400;

const same = (a: BodySuggestion, b: BodySuggestion) =>
  a.id === b.id && a.inserted === b.inserted && a.deleted === b.deleted && a.paragraph === b.paragraph && a.at === b.at;

/** The new list, keeping each unchanged suggestion's old object, so only the changed ones render again. */
function reuse(previous: BodySuggestion[], next: BodySuggestion[]): BodySuggestion[] {
  const before = new Map(previous.map((s) => [s.id, s]));
  let changed = previous.length !== next.length;
  const out = next.map((s, i) => {
    const old = before.get(s.id);
    if (old && same(old, s)) {
      if (previous[i] !== old) changed = true;
      return old;
    }
    changed = true;
    return s;
  });
  return changed ? out : previous;
}

/** The story's open suggestions as they stand in this browser's copy, following every edit (this person's and everyone else's). */
export function useOpenSuggestions(editor: Editor | null, doc: Y.Doc | null) {
  const [body, setBody] = useState<BodySuggestion[]>([]);
  const [fields, setFields] = useState<FieldSuggestion[]>([]);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = (urgent = false) => {
      timer = null;
      if (editor.isDestroyed) return;
      const next = suggestionsInDoc(editor.state.doc);
      const update = () => setBody((previous) => reuse(previous, next));
      // The margin never holds up this person's typing (React may put that render off); a decision arriving from the server shows at once.
      if (urgent) update();
      else startTransition(update);
    };
    const onUpdate = ({ transaction }: { transaction: { getMeta: (key: string) => unknown } }) => {
      // Someone else's change (an accepted suggestion, a co-editor's) shows at once; this person's typing at most every BODY_READ_MS.
      const remote = (transaction.getMeta('y-sync$') as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;
      if (remote) {
        if (timer) clearTimeout(timer);
        read(true);
      } else timer ??= setTimeout(read, BODY_READ_MS);
    };
    read();
    editor.on('update', onUpdate);
    return () => {
      editor.off('update', onUpdate);
      if (timer) clearTimeout(timer);
    };
  }, [editor]);
  useEffect(() => {
    if (!doc) return;
    const map = fieldSuggestionsMapOf(doc);
    const read = () => setFields(fieldSuggestionsOf(doc));
    read();
    map.observe(read);
    return () => map.unobserve(read);
  }, [doc]);
  return { body, fields };
}

/** Whether this person's editor is suggesting, following the switch and the shortcut. */
export function useSuggesting(editor: Editor | null): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => {
    if (!editor) return;
    const read = () => setOn(isSuggesting(editor));
    read();
    editor.on('transaction', read);
    return () => {
      editor.off('transaction', read);
    };
  }, [editor]);
  return on;
}

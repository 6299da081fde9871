'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { TDocNode } from '@/lib/content/document';
import { suggestionsInBody, type BodySuggestion } from '@/lib/suggestions/body';
import { isSuggesting } from '@/components/editor/suggest-changes';
import { fieldSuggestionsMapOf, fieldSuggestionsOf, type FieldSuggestion } from '@/lib/stories/shared-doc/suggestions';

/** Read the body's suggestions at most this often while someone types (a 2,000-word story takes a walk of its JSON). */
const BODY_READ_MS = 150;

/** The story's open suggestions as they stand in this browser's copy, following every edit (this person's and everyone else's). */
export function useOpenSuggestions(editor: Editor | null, doc: Y.Doc | null) {
  const [body, setBody] = useState<BodySuggestion[]>([]);
  const [fields, setFields] = useState<FieldSuggestion[]>([]);
  useEffect(() => {
    if (!editor) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const read = () => {
      timer = null;
      if (!editor.isDestroyed) setBody(suggestionsInBody(editor.getJSON() as TDocNode));
    };
    const later = () => {
      timer ??= setTimeout(read, BODY_READ_MS);
    };
    read();
    editor.on('update', later);
    return () => {
      editor.off('update', later);
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

'use client';

import type { Editor } from '@tiptap/react';
import { useEditorState } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { commentHighlightsKey } from '@/components/editor/comment-highlights';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { anchorAt, locateAnchor, type TextAnchor } from '@/lib/comments/anchor';
import { flattenDoc, offsetsOfRange } from '@/lib/comments/flat-text';
import type { TDocNode } from '@/lib/content/document';
import { useStoryActions } from '../story-editor/story-actions';
import { CommentThread } from './comment-thread';
import type { ThreadItem } from './types';

/** The phrase selected in the body, as an anchor; null for an empty selection. */
function selectedAnchor(editor: Editor): TextAnchor | null {
  const { from, to, empty } = editor.state.selection;
  if (empty) return null;
  const { text, positions } = flattenDoc(editor.getJSON() as TDocNode);
  const range = offsetsOfRange(positions, from, to);
  if (!range) return null;
  const quote = text.slice(range.start, range.end);
  const lead = quote.length - quote.trimStart().length;
  const trail = quote.length - quote.trimEnd().length;
  if (!quote.trim()) return null;
  return anchorAt(text, range.start + lead, range.end - trail);
}

type Props = {
  storyId: string;
  threads: ThreadItem[];
  editor: Editor | null;
  /** Saves pending changes first, so an anchor points at text the server has. */
  ensureSaved: () => Promise<boolean>;
};

/**
 * Review comments beside the body: on the selected phrase (highlighted in the body
 * while the thread is open) or on the story as a whole.
 */
export function CommentsPanel({ storyId, threads, editor, ensureSaved }: Props) {
  const { addComment } = useStoryActions();
  const selection = useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? `${e.state.selection.from}:${e.state.selection.to}` : ''),
  });
  const [pinned, setPinned] = useState<TextAnchor | null>(null);
  const [text, setText] = useState('');
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const live = editor && selection ? selectedAnchor(editor) : null;
  const anchor = live ?? pinned;
  // Keep the phrase once the person moves on to type the comment (the selection goes).
  const liveKey = live ? `${live.prefix}\u0000${live.quote}` : '';
  const [seen, setSeen] = useState('');
  if (liveKey && liveKey !== seen) {
    setSeen(liveKey);
    setPinned(live);
  }

  const open = threads.filter((t) => !t.resolvedAt);
  const resolved = threads.filter((t) => t.resolvedAt);
  useEffect(() => {
    if (!editor) return;
    const highlighted = open.filter((t) => t.anchor).map((t) => ({ id: t.id, anchor: t.anchor!, label: `${t.authorName}: ${t.text}` }));
    editor.view.dispatch(editor.state.tr.setMeta(commentHighlightsKey, highlighted).setMeta('addToHistory', false));
  }, [editor, threads]); // eslint-disable-line react-hooks/exhaustive-deps

  const focusQuote = (quote: TextAnchor) => {
    if (!editor) return;
    const { text: flat, positions } = flattenDoc(editor.getJSON() as TDocNode);
    const range = locateAnchor(flat, quote);
    if (range)
      editor
        .chain()
        .focus()
        .setTextSelection({ from: positions[range.start]!, to: positions[range.end - 1]! + 1 })
        .scrollIntoView()
        .run();
  };

  const submit = async (withAnchor: TextAnchor | null) => {
    setBusy(true);
    setState(null);
    try {
      if (!(await ensureSaved())) return setState({ ok: false, message: 'Save the story before commenting.' });
      const result = await addComment({ storyId, text, anchor: withAnchor });
      if (!result.ok) return setState({ ok: false, message: Object.values(result.fieldErrors).flat()[0] ?? result.message });
      setText('');
      setPinned(null);
      setState({ ok: true, message: withAnchor ? 'Comment added to the selected text.' : 'Comment added.' });
    } catch {
      setState({ ok: false, message: 'The server could not be reached. Try again.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="comments-title" className="space-y-3 rounded-lg border border-slate-200 bg-slate-50 p-3">
      <h2 id="comments-title" className="text-base font-semibold">
        Comments <span className="text-sm font-normal text-slate-600">({open.length} open)</span>
      </h2>
      <form
        className="space-y-2"
        onSubmit={(event) => {
          event.preventDefault();
          void submit(null);
        }}
      >
        {anchor ? (
          <p className="text-sm text-slate-700" data-testid="comment-quote">
            On <q className="bg-amber-100">{anchor.quote}</q>{' '}
            <button type="button" className="text-xs underline" onClick={() => setPinned(null)}>
              clear
            </button>
          </p>
        ) : (
          <p className="text-xs text-slate-600">Select a phrase in the body to comment on it.</p>
        )}
        <label htmlFor="new-comment" className="block text-sm font-medium">
          Comment
        </label>
        <textarea id="new-comment" rows={3} className={inputClass} value={text} onChange={(e) => setText(e.target.value)} />
        <div className="flex flex-wrap gap-2">
          {anchor ? (
            <Button size="sm" disabled={busy || !text.trim()} onClick={() => void submit(anchor)}>
              Comment on selection
            </Button>
          ) : null}
          <Button size="sm" type="submit" variant={anchor ? 'secondary' : 'primary'} disabled={busy || !text.trim()}>
            Comment on story
          </Button>
        </div>
        <FormMessage state={state} />
      </form>
      <ol className="space-y-2" aria-label="Open comments">
        {open.map((t) => (
          <li key={t.id}>
            <CommentThread thread={t} onFocusQuote={t.anchor ? () => focusQuote(t.anchor!) : undefined} />
          </li>
        ))}
      </ol>
      {resolved.length ? (
        <details>
          <summary className="cursor-pointer text-sm text-slate-700">Resolved ({resolved.length})</summary>
          <ol className="mt-2 space-y-2" aria-label="Resolved comments">
            {resolved.map((t) => (
              <li key={t.id}>
                <CommentThread thread={t} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </section>
  );
}

'use client';

import { selectSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import type { Editor } from '@tiptap/react';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import type { BodySuggestion } from '@/lib/suggestions/body';
import type { FieldSuggestion } from '@/lib/stories/shared-doc/suggestions';
import { DeskTime } from '../desk-clock';
import { CommentThread } from '../comments/comment-thread';
import type { ThreadItem } from '../comments/types';
import { useStoryActions } from '../story-editor/story-actions';

type Props = {
  storyId: string;
  editor: Editor | null;
  body: BodySuggestion[];
  fields: FieldSuggestion[];
  /** Desk people by id: whose suggestion it is. */
  names: Record<string, string>;
  threads: ThreadItem[];
  /** Saves pending changes first, so the server has every suggestion this browser shows. */
  ensureSaved: () => Promise<boolean>;
  readOnly: boolean;
};

type Item = { id: string; authorId: string | null; at: string | null; change: React.ReactNode; where: string };

const FIELD_LABEL = { headline: 'Headline', subheadline: 'Subheadline' } as const;

function changeOf(s: BodySuggestion): React.ReactNode {
  if (s.inserted && s.deleted)
    return (
      <>
        Replace <del className="text-red-800">{s.deleted}</del> with <ins className="text-green-800">{s.inserted}</ins>
      </>
    );
  if (s.inserted)
    return (
      <>
        Insert <ins className="text-green-800">{s.inserted}</ins>
      </>
    );
  return (
    <>
      Delete <del className="text-red-800">{s.deleted}</del>
    </>
  );
}

/**
 * The story's open suggestions, in reading order with the proposed headlines first: who
 * proposed what and when, Accept and Reject for each and for all, and a reply thread on
 * each. Deciding is the server's (the text changes for everyone at once, recorded with
 * who decided it); the list follows the shared text live.
 */
export function SuggestionsPanel({ storyId, editor, body, fields, names, threads, ensureSaved, readOnly }: Props) {
  const { decideSuggestions, addComment } = useStoryActions();
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const [replyTo, setReplyTo] = useState<string | null>(null);
  const [reply, setReply] = useState('');
  const items: Item[] = [
    ...fields.map((s) => ({
      id: s.id,
      authorId: s.authorId,
      at: s.at,
      where: FIELD_LABEL[s.field],
      change: (
        <>
          {FIELD_LABEL[s.field]}: <ins className="text-green-800">{s.text || '(empty)'}</ins>
        </>
      ),
    })),
    ...body.map((s) => ({ id: s.id, authorId: s.authorId, at: s.at, where: `Paragraph ${s.paragraph}`, change: changeOf(s) })),
  ];

  const run = async (work: () => Promise<{ ok: boolean; message?: string; fieldErrors?: Record<string, string[]> }>, done: string) => {
    setBusy(true);
    setState(null);
    try {
      if (!(await ensureSaved())) return setState({ ok: false, message: 'The story could not be saved: try again in a moment.' });
      const result = await work();
      if (!result.ok) return setState({ ok: false, message: Object.values(result.fieldErrors ?? {}).flat()[0] ?? result.message ?? 'That did not work.' });
      setState({ ok: true, message: done });
    } catch {
      setState({ ok: false, message: 'The server could not be reached. Try again.' });
    } finally {
      setBusy(false);
    }
  };
  const decide = (ids: string[] | 'all', decision: 'accept' | 'reject') => {
    const what = ids === 'all' ? 'All suggestions' : 'Suggestion';
    return run(() => decideSuggestions({ storyId, ids, decision }), `${what} ${decision === 'accept' ? 'accepted' : 'rejected'}.`);
  };
  const show = (id: string) => {
    if (!editor) return;
    editor
      .chain()
      .focus()
      .command(({ state: current, dispatch }) => selectSuggestion(id)(current, dispatch))
      .scrollIntoView()
      .run();
  };
  // The first reply starts the suggestion's thread; later ones are answers in it (the thread's own form).
  const sendReply = (suggestionId: string) =>
    run(async () => {
      const result = await addComment({ storyId, text: reply, anchor: null, suggestionId });
      if (result.ok) {
        setReply('');
        setReplyTo(null);
      }
      return result;
    }, 'Reply added.');

  return (
    <section role="region" aria-labelledby="suggestions-title" className="space-y-3 rounded-lg border border-green-200 bg-green-50/40 p-3">
      <h2 id="suggestions-title" className="text-base font-semibold">
        Suggestions <span className="text-sm font-normal text-slate-600">({items.length} open)</span>
      </h2>
      {items.length && !readOnly ? (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" disabled={busy} onClick={() => void decide('all', 'accept')}>
            Accept all
          </Button>
          <Button size="sm" variant="secondary" disabled={busy} onClick={() => void decide('all', 'reject')}>
            Reject all
          </Button>
        </div>
      ) : null}
      <FormMessage state={state} />
      {items.length ? (
        <ol className="space-y-2" aria-label="Open suggestions">
          {items.map((item) => {
            const thread = threads.find((t) => t.suggestionId === item.id);
            return (
              <li key={item.id} className="space-y-1 rounded border border-slate-200 bg-white p-2 text-sm">
                <p className="text-xs text-slate-500">
                  <strong className="text-slate-800">{(item.authorId && names[item.authorId]) || 'Someone'}</strong>
                  {item.at ? (
                    <>
                      {' '}
                      <DeskTime at={item.at} />
                    </>
                  ) : null}{' '}
                  · {item.where}
                </p>
                <button type="button" className="block text-left" onClick={() => show(item.id)} title="Show it in the text">
                  {item.change}
                </button>
                {readOnly ? null : (
                  <div className="flex flex-wrap gap-2">
                    <Button size="sm" disabled={busy} onClick={() => void decide([item.id], 'accept')}>
                      Accept
                    </Button>
                    <Button size="sm" variant="secondary" disabled={busy} onClick={() => void decide([item.id], 'reject')}>
                      Reject
                    </Button>
                    {replyTo === item.id ? null : (
                      <Button size="sm" variant="ghost" disabled={busy} onClick={() => setReplyTo(item.id)}>
                        Reply
                      </Button>
                    )}
                  </div>
                )}
                {thread ? <CommentThread thread={thread} /> : null}
                {replyTo === item.id && !thread ? (
                  <form
                    className="space-y-1"
                    onSubmit={(event) => {
                      event.preventDefault();
                      void sendReply(item.id);
                    }}
                  >
                    <label className="block text-xs font-medium" htmlFor={`reply-${item.id}`}>
                      Reply to this suggestion
                    </label>
                    <textarea id={`reply-${item.id}`} rows={2} className={inputClass} value={reply} onChange={(e) => setReply(e.target.value)} />
                    <Button size="sm" type="submit" disabled={busy || !reply.trim()}>
                      Send reply
                    </Button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">No open suggestions.</p>
      )}
    </section>
  );
}

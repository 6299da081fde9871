'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { DeskTime } from '../desk-clock';
import { useStoryActions } from '../story-editor/story-actions';
import type { CommentItem, ThreadItem } from './types';

function Comment({ comment }: { comment: CommentItem }) {
  return (
    <div>
      <p className="text-xs text-slate-500">
        <strong className="text-slate-800">{comment.authorName}</strong> <DeskTime at={comment.createdAt} />
      </p>
      <p className="whitespace-pre-wrap text-sm">{comment.text}</p>
    </div>
  );
}

/** One thread: the quoted phrase, the comment, its replies; answer, resolve, reopen. */
export function CommentThread({ thread, onFocusQuote }: { thread: ThreadItem; onFocusQuote?: () => void }) {
  const { replyToComment, setCommentResolved } = useStoryActions();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<{ ok: boolean; message?: string }>) => {
    setBusy(true);
    setError(null);
    try {
      const result = await work();
      if (!result.ok) setError(result.message ?? 'That did not work.');
      return result.ok;
    } catch {
      setError('The server could not be reached. Try again.');
      return false;
    } finally {
      setBusy(false);
    }
  };
  const replyId = `reply-${thread.id}`;
  return (
    <article aria-label={`Comment by ${thread.authorName}`} className="space-y-2 rounded-md border border-slate-200 bg-white p-3">
      {thread.anchor ? (
        <blockquote className="border-l-4 border-amber-300 pl-2 text-sm italic text-slate-700">
          {onFocusQuote && !thread.detached ? (
            <button type="button" className="text-left hover:underline" onClick={onFocusQuote} aria-label={`Show “${thread.anchor.quote}” in the body`}>
              “{thread.anchor.quote}”
            </button>
          ) : (
            <>“{thread.anchor.quote}”</>
          )}
          {thread.detached ? <span className="ml-1 not-italic text-xs text-amber-800">(this text has since changed)</span> : null}
        </blockquote>
      ) : null}
      <Comment comment={thread} />
      {thread.replies.length ? (
        <ol className="space-y-2 border-l border-slate-200 pl-3" aria-label="Replies">
          {thread.replies.map((r) => (
            <li key={r.id}>
              <Comment comment={r} />
            </li>
          ))}
        </ol>
      ) : null}
      {thread.resolvedAt ? (
        <p className="text-xs text-green-800">Resolved by {thread.resolvedByName}</p>
      ) : (
        <form
          className="space-y-1"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await run(() => replyToComment({ commentId: thread.id, text: reply }))) setReply('');
          }}
        >
          <label htmlFor={replyId} className="sr-only">
            Reply to {thread.authorName}
          </label>
          <textarea id={replyId} rows={2} className={inputClass} placeholder="Reply…" value={reply} onChange={(e) => setReply(e.target.value)} />
          <div className="flex gap-2">
            <Button type="submit" size="sm" disabled={busy || !reply.trim()}>
              Reply
            </Button>
            <Button size="sm" variant="secondary" disabled={busy} onClick={() => void run(() => setCommentResolved({ commentId: thread.id, resolved: true }))}>
              Resolve
            </Button>
          </div>
        </form>
      )}
      {thread.resolvedAt ? (
        <Button size="sm" variant="secondary" disabled={busy} onClick={() => void run(() => setCommentResolved({ commentId: thread.id, resolved: false }))}>
          Reopen
        </Button>
      ) : null}
      <FormMessage state={error ? { ok: false, message: error } : null} />
    </article>
  );
}

'use client';

import { selectSuggestion } from '@handlewithcare/prosemirror-suggest-changes';
import type { Editor } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { memo, useEffect, useLayoutEffect, useRef, useState } from 'react';
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
  /**
   * Applies the decision the server answered with to this browser's text at once (it also arrives through the shared
   * document, later). False when it could not be applied here: it still arrives through the collaboration server.
   */
  applyDecision: (sharedUpdate: string) => boolean;
  readOnly: boolean;
};

const FIELD_LABEL = { headline: 'Headline', subheadline: 'Subheadline' } as const;

type RowActions = {
  decide: (ids: string[], decision: 'accept' | 'reject') => void;
  show: (id: string) => void;
  reply: (suggestionId: string, text: string) => Promise<boolean>;
};

function changeOfField(s: FieldSuggestion): React.ReactNode {
  return (
    <>
      {FIELD_LABEL[s.field]}: <ins className="text-green-800">{s.text || '(empty)'}</ins>
    </>
  );
}

function changeOf(s: BodySuggestion): React.ReactNode {
  if (s.formatted && !s.inserted && !s.deleted)
    return (
      <>
        Make it <ins className="text-green-800">{s.formatted}</ins>
      </>
    );
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
export const SuggestionsPanel = memo(function SuggestionsPanel({ storyId, editor, body, fields, names, threads, ensureSaved, applyDecision, readOnly }: Props) {
  const { decideSuggestions, addComment } = useStoryActions();
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [state, setState] = useState<{ ok: boolean; message: string } | null>(null);
  const items: (BodySuggestion | FieldSuggestion)[] = [...fields, ...body];
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
  const decide = async (ids: string[] | 'all', decision: 'accept' | 'reject') => {
    const what = ids === 'all' ? 'All suggestions' : 'Suggestion';
    const listed = itemsCount.current;
    let applied = true;
    await run(
      async () => {
        const result = await decideSuggestions({ storyId, ids, decision });
        // Outside the action's own failure path: the decision is stored whatever happens here.
        if (result.ok) applied = applyDecision(result.data.sharedUpdate);
        return result;
      },
      `${what} ${decision === 'accept' ? 'accepted' : 'rejected'}.`,
    );
    if (!applied) setState({ ok: true, message: `${what} ${decision === 'accept' ? 'accepted' : 'rejected'}. The text is on its way from the server.` });
    setRefreshDue({ listed });
  };
  // The text changes here as soon as the server answers (and for everyone else through the shared document); the page
  // around it (its activity, the status should the text have reopened it) is refreshed once the list has followed (or
  // after a moment), so the two never compete for the browser.
  const [refreshDue, setRefreshDue] = useState<{ listed: number } | null>(null);
  const itemsCount = useRef(items.length);
  useEffect(() => {
    itemsCount.current = items.length;
    if (!refreshDue) return;
    const refresh = () => {
      setRefreshDue(null);
      router.refresh();
    };
    if (items.length !== refreshDue.listed) return refresh();
    const timer = setTimeout(refresh, 1_500);
    return () => clearTimeout(timer);
  }, [refreshDue, items.length, router]);
  const showIn = (id: string) => {
    if (!editor) return;
    editor
      .chain()
      .focus()
      .command(({ state: current, dispatch }) => selectSuggestion(id)(current, dispatch))
      .scrollIntoView()
      .run();
  };
  // The first reply starts the suggestion's thread; later ones are answers in it (the thread's own form).
  const reply = async (suggestionId: string, text: string) => {
    let sent = false;
    await run(async () => {
      const result = await addComment({ storyId, text, anchor: null, suggestionId });
      sent = result.ok;
      return result;
    }, 'Reply added.');
    return sent;
  };
  // One stable object for the rows (each row renders again only when its own suggestion changes), calling the latest closures.
  const latest = useRef<RowActions | null>(null);
  useLayoutEffect(() => {
    latest.current = { decide: (ids, decision) => void decide(ids, decision), show: showIn, reply };
  });
  const [actions] = useState<RowActions>(() => ({
    decide: (ids, decision) => latest.current?.decide(ids, decision),
    show: (id) => latest.current?.show(id),
    reply: async (id, text) => (await latest.current?.reply(id, text)) ?? false,
  }));

  return (
    <section role="region" aria-label="Suggestions" className="space-y-3 rounded-lg border border-green-200 bg-green-50/40 p-3">
      <h2 className="text-base font-semibold">
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
        // Busy disables every row's buttons through the fieldset, so no row renders again for it (200 rows took a frame).
        <fieldset disabled={busy} className="m-0 min-w-0 border-0 p-0">
          <ol className="space-y-2" aria-label="Open suggestions">
            {items.map((item) => (
              <SuggestionRow
                key={item.id}
                suggestion={item}
                name={(item.authorId && names[item.authorId]) || 'Someone'}
                thread={threads.find((t) => t.suggestionId === item.id)}
                readOnly={readOnly}
                actions={actions}
              />
            ))}
          </ol>
        </fieldset>
      ) : (
        <p className="text-sm text-slate-600">No open suggestions.</p>
      )}
    </section>
  );
});

/** One open suggestion: who, when, where, the change (which shows it in the text), Accept, Reject, and its thread. */
const SuggestionRow = memo(function SuggestionRow({
  suggestion,
  name,
  thread,
  readOnly,
  actions,
}: {
  suggestion: BodySuggestion | FieldSuggestion;
  name: string;
  thread: ThreadItem | undefined;
  readOnly: boolean;
  actions: RowActions;
}) {
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  const id = suggestion.id;
  const where = 'field' in suggestion ? FIELD_LABEL[suggestion.field] : `Paragraph ${suggestion.paragraph}`;
  return (
    <li className="space-y-1 rounded border border-slate-200 bg-white p-2 text-sm">
      <p className="text-xs text-slate-500">
        <strong className="text-slate-800">{name}</strong>
        {suggestion.at ? (
          <>
            {' '}
            <DeskTime at={suggestion.at} />
          </>
        ) : null}{' '}
        · {where}
      </p>
      <button type="button" className="block text-left" onClick={() => actions.show(id)} title="Show it in the text">
        {'field' in suggestion ? changeOfField(suggestion) : changeOf(suggestion)}
      </button>
      {readOnly ? null : (
        <div className="flex flex-wrap gap-2">
          <Button size="sm" onClick={() => actions.decide([id], 'accept')}>
            Accept
          </Button>
          <Button size="sm" variant="secondary" onClick={() => actions.decide([id], 'reject')}>
            Reject
          </Button>
          {replying || thread ? null : (
            <Button size="sm" variant="ghost" onClick={() => setReplying(true)}>
              Reply
            </Button>
          )}
        </div>
      )}
      {thread ? <CommentThread thread={thread} /> : null}
      {replying && !thread ? (
        <form
          className="space-y-1"
          onSubmit={(event) => {
            event.preventDefault();
            void actions.reply(id, text).then((sent) => {
              if (sent) {
                setText('');
                setReplying(false);
              }
            });
          }}
        >
          <label className="block text-xs font-medium" htmlFor={`reply-${id}`}>
            Reply to this suggestion
          </label>
          <textarea id={`reply-${id}`} rows={2} className={inputClass} value={text} onChange={(e) => setText(e.target.value)} />
          <Button size="sm" type="submit" disabled={!text.trim()}>
            Send reply
          </Button>
        </form>
      ) : null}
    </li>
  );
});

'use client';

import type { Editor } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { FieldPresenceContext } from '@/components/ui/field-presence';
import { FormMessage } from '@/components/ui/form-message';
import type { PresenceIdentity } from '@/lib/collab/identity';
import type { StoryStatus } from '@/lib/enums';
import type { FieldErrors } from '@/lib/errors';
import { creditFor } from '@/lib/stories/dateline';
import type { Draft } from '@/lib/stories/draft';
import { offeredMoves, type WorkflowAction } from '@/lib/stories/workflow';
import { StoryPresence, usePeopleOnStory } from '../collab/story-presence';
import { useSaveState } from '../collab/use-save-state';
import { useSharedDraft } from '../collab/use-shared-draft';
import { useSharedStory } from '../collab/use-shared-story';
import type { ThreadItem } from '../comments/types';
import type { BylineChoices } from './byline-field';
import { StoryDetails } from './story-details';
import { StoryMainFields } from './story-main-fields';
import { shortcutOf } from './shortcuts';
import { StoryToolbar } from './story-toolbar';
import { useWorkflow } from './use-workflow';
import { SuggestionsPanel } from '../suggestions/suggestions-panel';
import { useOpenSuggestions, useSuggesting } from '../suggestions/use-open-suggestions';

export type StoryFormOptions = {
  sections: { id: string; name: string }[];
  /** Each topic's title, and its titles in other languages (language → title). */
  topics: { id: string; title: string; titles: Record<string, string> }[];
  defaultCredit: string;
  credits: Record<string, string>;
  timeZone: string;
  /** Whom the byline may name. */
  bylineChoices: BylineChoices;
  /** Desk people's names by id (whose suggestion it is). */
  people: Record<string, string>;
  /** The story's tags' names in other languages than the main one, by language then tag id: a tag shows its name in the story's language. */
  tagNames: Record<string, Record<string, string>>;
};

export type StoryFormProps = {
  story: {
    id: string;
    status: StoryStatus;
    slug: string;
    slugFrozen: boolean;
    isLive: boolean;
    editable: boolean;
    liveCoverage: boolean;
    /** A story with translations keeps its language (one story per language in a family). */
    languageFixed: boolean;
  };
  /** The story as the server has it: its text, version, and the fields its last store held back. */
  /** The story as stored; `stateVector` says whose edits its shared text holds. */
  saved: { draft: Draft; version: number; held: FieldErrors; stateVector: string | null };
  options: StoryFormOptions;
  /** The workflow moves this person may make now. */
  moves: WorkflowAction[];
  /** Moves their role allows that a rule holds back now, with why. */
  heldBack?: Partial<Record<WorkflowAction, string>>;
  /** Review comments. */
  threads?: ThreadItem[];
  /** Who is editing, as the session says (their presence on the story). */
  me: PresenceIdentity;
  /** Whether this person's changes start as suggestions (reviewers). */
  suggestingByDefault?: boolean;
  /** A translation's source, read-only beside the body (rendered by the server). */
  sourceText?: ReactNode;
};

/** Why a shared story stopped taking this person's edits. */
const SHARED_REFUSAL_NOTICE = {
  'read-only': 'This story can no longer be edited: it was killed, spiked or scheduled while you had it open.',
  'signed-out':
    'You were signed out, or your account may no longer edit this story. Sign in again to go on; edits not yet saved stay on this device and merge when you are back.',
} as const;

/** Why a story in a state the workflow does not let anyone edit is read-only, and the way out. */
const READ_ONLY_NOTICE: Partial<Record<StoryStatus, string>> = {
  KILLED: 'This story was killed: it is read-only. Readers see the withdrawal notice.',
  SPIKED: 'This story is spiked: it is read-only. Restore it to work on it again; spiked stories are purged after 30 days.',
  SCHEDULED: 'This story is scheduled: it is read-only. Unschedule it to change the text.',
};

/**
 * The story form. Every story, new or old, is edited through its shared document with
 * everyone else who has it open: fields and body merge as they are typed, and the
 * server writes the story from the document (lib/stories/shared-doc). What the toolbar
 * says is what the server says it stored.
 */
export function StoryForm(props: StoryFormProps) {
  const { story, saved, options, threads, me } = props;
  const router = useRouter();
  const shared = useSharedStory(story.id, me, !story.editable, saved.stateVector);
  const readOnly = !story.editable || !!shared?.refused;
  const { draft, setField, setBody } = useSharedDraft(shared, saved.draft);
  const save = useSaveState(shared, { version: saved.version, held: saved.held });
  // Deciding works on the stored text: stored already, there is nothing to wait for. (Both stable: the
  // Suggestions list renders again only when its suggestions change, not at every keystroke.)
  const saveState = useRef(save);
  useEffect(() => {
    saveState.current = save;
  });
  const storedForDeciding = useCallback(async () => saveState.current.status === 'saved' || (await saveState.current.saveNow()).ok, []);
  const applyServerEdit = shared?.applyServerEdit;
  const applyDecision = useCallback((update: string) => applyServerEdit?.(update) ?? true, [applyServerEdit]);
  const [editor, setEditor] = useState<Editor | null>(null);
  const onEditorReady = useCallback((ready: Editor) => setEditor(ready), []);
  const suggesting = useSuggesting(editor);
  const suggestions = useOpenSuggestions(editor, shared?.doc ?? null);
  // A thread on an open suggestion is shown with it; once the suggestion is decided, with the comments. (Keyed by the
  // threads' open suggestions only, so typing, which changes the suggestions, does not make new lists.)
  const openWithThreads = (threads ?? [])
    .filter((thread) => thread.suggestionId && [...suggestions.body, ...suggestions.fields].some((s) => s.id === thread.suggestionId))
    .map((thread) => thread.id)
    .join(' ');
  const [suggestionThreads, commentThreads] = useMemo(() => {
    const open = new Set(openWithThreads.split(' '));
    return [(threads ?? []).filter((thread) => open.has(thread.id)), threads?.filter((thread) => !open.has(thread.id))];
  }, [threads, openWithThreads]);
  const people = usePeopleOnStory(shared, me, story.status === 'IN_REVIEW' && props.moves.includes('approve'));
  const inFields = useMemo(() => {
    const byField = new Map<string, string[]>();
    for (const other of people) if (other.field) byField.set(other.field, [...(byField.get(other.field) ?? []), other.name]);
    return byField;
  }, [people]);
  // A story restored or unscheduled can be edited again: its connection is made again at once, as an editing one.
  const workflow = useWorkflow(story.id, save, story.editable, (action) => {
    if (action === 'unspike' || action === 'unschedule') shared?.reconnect();
  });

  // A store that moved the story (an edit reopens approved or published text), or changed
  // what the page around the form shows (live coverage on or off): the page follows it.
  const storedStatus = shared?.stored?.status;
  const storedVersion = shared?.stored?.version;
  useEffect(() => {
    if (storedStatus && storedStatus !== story.status) router.refresh();
  }, [storedStatus, story.status, router]);
  useEffect(() => {
    if (storedVersion && draft.liveCoverage !== story.liveCoverage) router.refresh();
  }, [storedVersion, draft.liveCoverage, story.liveCoverage, router]);
  // Whether this reviewer may still approve depends on whose text it is now: the buttons follow each store.
  const mayApprove = props.moves.includes('approve') || !!props.heldBack?.approve;
  useEffect(() => {
    if (storedVersion && mayApprove) router.refresh();
  }, [storedVersion, mayApprove, router]);

  // The headline takes the caret when the story opens editable, as a new page would.
  const focused = useRef(false);
  useEffect(() => {
    if (focused.current || !shared?.ready || readOnly) return;
    focused.current = true;
    if (!document.activeElement || document.activeElement === document.body) document.getElementById('headline')?.focus();
  }, [shared?.ready, readOnly]);

  const errors: FieldErrors = { ...save.held, ...workflow.errors };

  // Ctrl/⌘+S saves at once; Alt+Shift+letter makes a workflow move open to this person; ? lists them.
  const [helpOpen, setHelpOpen] = useState(false);
  const moves = offeredMoves(props.moves, draft.priority);
  const keys = useRef({ workflow, moves, readOnly });
  useEffect(() => {
    keys.current = { workflow, moves, readOnly };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const inText = !!target?.closest('input, textarea, select, [contenteditable="true"]');
      const wanted = shortcutOf(event, inText);
      if (!wanted) return;
      const { workflow: flow, moves: open, readOnly: locked } = keys.current;
      if (wanted === 'help') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (wanted === 'save') {
        event.preventDefault();
        if (!locked) void flow.saveNow();
      } else if (open.includes(wanted) && !flow.busy) {
        event.preventDefault();
        if (wanted === 'requestChanges') document.querySelector<HTMLButtonElement>('[data-move="requestChanges"]')?.click();
        else void flow.run(wanted);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const ready = !!shared?.ready;
  return (
    <div className="space-y-4">
      <StoryToolbar
        helpOpen={helpOpen}
        onHelpOpenChange={setHelpOpen}
        readOnly={readOnly}
        save={save}
        onSave={() => void workflow.saveNow()}
        moves={moves}
        busy={workflow.busy || !ready}
        timeZone={options.timeZone}
        onMove={workflow.run}
      />
      <FormMessage state={workflow.outcome} />
      {Object.values(props.heldBack ?? {}).map((why) => (
        <p key={why} role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {why}
        </p>
      ))}
      <StoryPresence people={people} />
      {readOnly ? (
        <div role="region" aria-label="Read-only story" className="rounded-lg border border-slate-300 bg-slate-100 p-3 text-sm">
          {story.editable && shared?.refused ? SHARED_REFUSAL_NOTICE[shared.refused] : (READ_ONLY_NOTICE[story.status] ?? 'This story is read-only.')}
        </div>
      ) : null}
      {shared?.doorRefusal ? (
        <div
          role="alert"
          aria-label="Change refused"
          className="flex flex-wrap items-center gap-3 rounded-lg border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          <p>The desk refused a change from this browser and is not taking its edits: {shared.doorRefusal.message}</p>
          <Button size="sm" variant="secondary" onClick={shared.reconnect}>
            Try again
          </Button>
          <Button size="sm" variant="secondary" onClick={() => void shared.discardDeviceCopy()}>
            Discard the changes on this device
          </Button>
        </div>
      ) : null}
      <FieldPresenceContext.Provider value={inFields}>
        <fieldset
          disabled={readOnly || !ready}
          aria-busy={!ready || undefined}
          aria-label={readOnly ? 'Story (read-only)' : undefined}
          className="grid min-w-0 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]"
        >
          <StoryMainFields
            readOnly={readOnly}
            draft={draft}
            errors={errors}
            defaultCredit={creditFor(draft.language, options.credits, options.defaultCredit)}
            onEditorReady={onEditorReady}
            onBody={setBody}
            shared={shared ? { doc: shared.doc, provider: shared.provider, user: me, ready } : 'pending'}
            others={people}
            suggest={{
              authorId: me.id,
              startOn: !!props.suggestingByDefault,
              on: suggesting,
              mine: (field) => suggestions.fields.find((s) => s.authorId === me.id && s.field === field),
            }}
          />
          <StoryDetails
            story={story}
            draft={draft}
            setField={setField}
            errors={errors}
            options={options}
            editor={editor}
            threads={commentThreads}
            sourceText={props.sourceText}
            suggestionsPanel={
              <SuggestionsPanel
                storyId={story.id}
                editor={editor}
                body={suggestions.body}
                fields={suggestions.fields}
                names={options.people}
                threads={suggestionThreads}
                ensureSaved={storedForDeciding}
                applyDecision={applyDecision}
                readOnly={readOnly}
              />
            }
            shared={shared ? { doc: shared.doc, provider: shared.provider } : null}
            others={people}
            ensureSaved={async () => (await save.saveNow()).ok}
          />
        </fieldset>
      </FieldPresenceContext.Provider>
    </div>
  );
}

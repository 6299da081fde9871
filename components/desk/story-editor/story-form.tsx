'use client';

import type { Editor } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FieldPresenceContext } from '@/components/ui/field-presence';
import { FormMessage } from '@/components/ui/form-message';
import { creditFor } from '@/lib/stories/dateline';
import { draftKey, type Draft, type DraftVersion } from '@/lib/stories/draft';
import type { StoryStatus } from '@/lib/enums';
import { offeredMoves, type WorkflowAction } from '@/lib/stories/workflow';
import { personColour } from '../collab/person-colour';
import { StoryPresence, usePeopleOnStory } from '../collab/story-presence';
import { useDeviceCopy } from '../collab/use-device-copy';
import { useSharedFields } from '../collab/use-shared-fields';
import { useSharedSave } from '../collab/use-shared-save';
import { useSharedStory } from '../collab/use-shared-story';
import type { ThreadItem } from '../comments/types';
import { useFormatDeskTime } from '../desk-clock';
import { bootDraft, flash, localCopy, type LocalCopy } from './boot';
import { ConflictPanel } from './conflict-panel';
import { StoryDetails } from './story-details';
import { StoryMainFields } from './story-main-fields';
import { shortcutOf } from './shortcuts';
import { StoryToolbar } from './story-toolbar';
import { useAutosave } from './use-autosave';
import { useWorkflow } from './use-workflow';

export type StoryFormOptions = { sections: { id: string; name: string }[]; topics: { id: string; title: string }[]; defaultCredit: string; credits: Record<string, string>; timeZone: string };

export type StoryFormProps = {
  story: { id: string | null; status: StoryStatus; slug: string; slugFrozen: boolean; isLive: boolean; editable: boolean };
  /** The story as the server has it. */
  saved: DraftVersion;
  options: StoryFormOptions;
  /** The workflow moves this person may make now. */
  moves: WorkflowAction[];
  /** Review comments; absent on a story not saved yet. */
  threads?: ThreadItem[];
  /** Who is editing: given for a saved story, which is then edited through its shared document with everyone else on it. */
  me?: { id: string; name: string };
};

/** Why a shared story stopped taking this person's edits. */
const SHARED_REFUSAL_NOTICE = {
  'read-only': 'This story can no longer be edited: it was killed, spiked or scheduled while you had it open. Reload to see it as it is now.',
  'signed-out': 'You were signed out, or your account may no longer edit this story. Sign in again to go on; edits not yet saved stay on this device and merge when you are back.',
} as const;


/** Why a story in a state the workflow does not let anyone edit is read-only, and the way out. */
const READ_ONLY_NOTICE: Partial<Record<StoryStatus, string>> = {
  KILLED: 'This story was killed: it is read-only. Readers see the withdrawal notice.',
  SPIKED: 'This story is spiked: it is read-only. Restore it to work on it again; spiked stories are purged after 30 days.',
  SCHEDULED: 'This story is scheduled: it is read-only. Unschedule it to change the text.',
};

/**
 * The story form. It opens with a copy of this story kept on the device by an earlier
 * visit (a save that never reached the server), restored, or shown as a conflict when
 * the story moved on; a new story starts empty and offers such a copy instead.
 */
export function StoryForm(props: StoryFormProps) {
  const { story, saved, options, threads, me } = props;
  const router = useRouter();
  const timeOf = useFormatDeskTime();
  // A saved story is edited (or, read-only, watched) through its shared document (fixed for this page).
  const [collaborative] = useState(() => !!me && !!story.id);
  const [person] = useState(() => (me ? { id: me.id, name: me.name, color: personColour(me.id) } : { id: '', name: '', color: '' }));
  const shared = useSharedStory(collaborative ? story.id : null, person);
  // A killed or spiked story is shown read-only: a copy this device kept is never
  // restored over it (the server refuses it), only offered for discarding.
  const readOnly = !story.editable || !!shared?.refused;
  const [boot] = useState(() => bootDraft(story.id && story.editable && !collaborative ? localCopy.read(story.id) : null, saved));
  const [refusedCopy, setRefusedCopy] = useState<LocalCopy | null>(() => {
    const kept = !story.editable && story.id ? localCopy.read(story.id) : null;
    return kept && draftKey(kept.draft) !== draftKey(saved.draft) ? kept : null;
  });
  const discardMine = () => {
    localCopy.clear(story.id);
    setRefusedCopy(null);
    if (!readOnly) window.location.reload();
  };
  const [offer, setOffer] = useState<LocalCopy | null>(() => {
    const kept = story.id ? null : localCopy.read(null);
    return kept && draftKey(kept.draft) !== draftKey(saved.draft) ? kept : null;
  });
  const [draft, setDraft] = useState<Draft>(boot.draft);
  const [slug, setSlug] = useState(story.slug);
  const [opening] = useState(() => flash.take() ?? (boot.restored ? 'Restored changes kept on this device.' : null));
  const editorRef = useRef<Editor | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const onEditorReady = useCallback((ready: Editor) => { editorRef.current = ready; setEditor(ready); }, []);
  const replaceDraft = (next: Draft) => {
    setDraft(next);
    editorRef.current?.commands.setContent(next.body, { emitUpdate: false });
  };

  // A story created on this page keeps its form: refreshing the server props would
  // render the edit route and remount the editor under the person's cursor.
  const createdHere = useRef(false);
  const onSaved = useCallback((result: { slug: string; created: boolean }) => {
    setSlug(result.slug);
    if (result.created) createdHere.current = true;
    if (!createdHere.current) router.refresh();
  }, [router]);
  const ownSave = useAutosave({ initialId: story.id, initialVersion: saved.version, savedDraft: saved.draft, draft, initialConflict: boot.conflict, restored: boot.restored, onSaved, enabled: !collaborative });
  const sharedSave = useSharedSave(shared, { id: story.id ?? '', version: saved.version });
  const autosave = collaborative ? sharedSave : ownSave;
  useSharedFields(shared, draft, setDraft, readOnly);
  const kept = useDeviceCopy(collaborative && story.editable ? story.id : null, saved, shared, editor, setDraft);
  const people = usePeopleOnStory(shared, person, story.status === 'IN_REVIEW' && props.moves.includes('approve'));
  const inFields = useMemo(() => {
    const byField = new Map<string, string[]>();
    for (const other of people) if (other.field) byField.set(other.field, [...(byField.get(other.field) ?? []), other.name]);
    return byField;
  }, [people]);
  const workflow = useWorkflow(autosave, () => createdHere.current, { flushFirst: collaborative });
  // A shared save that moved the story (an edit reopens approved or published text): the page follows it.
  const storedStatus = shared?.stored?.status;
  useEffect(() => {
    if (collaborative && storedStatus && storedStatus !== story.status) router.refresh();
  }, [collaborative, storedStatus, story.status, router]);
  const errors = { ...autosave.fieldErrors, ...workflow.errors };

  // Ctrl/⌘+S saves at once; Alt+Shift+letter makes a workflow move open to this person; ? lists them.
  const [helpOpen, setHelpOpen] = useState(false);
  const moves = offeredMoves(props.moves, draft.priority);
  const keys = useRef({ autosave, workflow, moves, readOnly });
  useEffect(() => {
    keys.current = { autosave, workflow, moves, readOnly };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const inText = !!target?.closest('input, textarea, select, [contenteditable="true"]');
      const wanted = shortcutOf(event, inText);
      if (!wanted) return;
      const { autosave: save, workflow: flow, moves, readOnly: locked } = keys.current;
      if (wanted === 'help') {
        event.preventDefault();
        setHelpOpen(true);
      } else if (wanted === 'save') {
        event.preventDefault();
        if (!locked) void save.saveNow();
      } else if (moves.includes(wanted) && !flow.busy) {
        event.preventDefault();
        if (wanted === 'requestChanges') document.querySelector<HTMLButtonElement>('[data-move="requestChanges"]')?.click();
        else void flow.run(wanted);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const names = useMemo(() => ({
    sections: new Map(options.sections.map((s) => [s.id, s.name])),
    topics: new Map(options.topics.map((t) => [t.id, t.title])),
  }), [options]);

  const useTheirs = () => {
    if (!autosave.conflict) return;
    const theirs = autosave.conflict.draft;
    autosave.resolveConflict('theirs');
    replaceDraft(theirs);
  };

  return (
    <div className="space-y-4">
      <StoryToolbar helpOpen={helpOpen} onHelpOpenChange={setHelpOpen} readOnly={readOnly} status={autosave.status} savedAt={autosave.savedAt} held={autosave.held} onSave={() => void autosave.saveNow()} moves={moves} busy={workflow.busy} timeZone={options.timeZone} onMove={workflow.run} />
      <FormMessage state={autosave.message ? { ok: false, message: autosave.message } : workflow.outcome ?? (kept.restored ? { ok: true, message: 'Restored changes kept on this device.' } : opening ? { ok: true, message: opening } : null)} />
      {collaborative ? <StoryPresence people={people} /> : null}
      {readOnly ? (
        <div role="region" aria-label="Read-only story" className="rounded-lg border border-slate-300 bg-slate-100 p-3 text-sm">
          {story.editable && shared?.refused ? SHARED_REFUSAL_NOTICE[shared.refused] : READ_ONLY_NOTICE[story.status] ?? 'This story is read-only.'}
        </div>
      ) : null}
      {refusedCopy || (autosave.status === 'invalid' && story.id && !Object.keys(autosave.fieldErrors).length) ? (
        <div role="region" aria-label="Changes that cannot be saved" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm">
          <p>{refusedCopy
            ? `This device kept changes from ${timeOf(refusedCopy.savedAt)} that cannot be saved: the story can no longer be edited.`
            : 'The server refused these changes. Discard them to see the story as it is saved.'}</p>
          <Button size="sm" variant="secondary" onClick={discardMine}>Discard my changes</Button>
        </div>
      ) : null}
      {kept.offer ? (
        <div role="region" aria-label="Changes kept on this device" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm">
          <p>This device kept changes from {timeOf(kept.offer.savedAt)} that were never saved, and the story has changed since: they cannot be merged. Put them over the shared text, or discard them.</p>
          <Button size="sm" onClick={kept.restore}>Restore my changes</Button>
          <Button size="sm" variant="secondary" onClick={kept.discard}>Discard</Button>
        </div>
      ) : null}
      {offer ? (
        <div role="region" aria-label="Unsaved story on this device" className="flex flex-wrap items-center gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3 text-sm">
          <p>Restore the unsaved story from {timeOf(offer.savedAt)}{offer.draft.headline ? ` (“${offer.draft.headline}”)` : ''}?</p>
          <Button size="sm" onClick={() => { replaceDraft(offer.draft); setOffer(null); }}>Restore</Button>
          <Button size="sm" variant="secondary" onClick={() => { localCopy.clear(null); setOffer(null); }}>Discard</Button>
        </div>
      ) : null}
      {autosave.conflict ? (
        <ConflictPanel mine={draft} theirs={autosave.conflict} names={names} onKeepMine={() => autosave.resolveConflict('mine')} onUseTheirs={useTheirs} />
      ) : null}
      <FieldPresenceContext.Provider value={inFields}>
      <fieldset disabled={readOnly || (collaborative && !shared?.ready)} aria-busy={collaborative && !shared?.ready ? true : undefined} aria-label={readOnly ? 'Story (read-only)' : undefined} className="grid min-w-0 gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <StoryMainFields readOnly={readOnly} draft={draft} setDraft={setDraft} errors={errors} defaultCredit={creditFor(draft.language, options.credits, options.defaultCredit)} onEditorReady={onEditorReady}
          shared={shared ? { doc: shared.doc, provider: shared.provider, user: person, ready: shared.ready } : collaborative ? 'pending' : undefined} />
        <StoryDetails
          story={story} slug={slug} draft={draft} setDraft={setDraft} errors={errors} options={options} editor={editor} threads={threads}
          ensureSaved={async () => autosave.status === 'saved' || (await autosave.saveNow())}
        />
      </fieldset>
      </FieldPresenceContext.Provider>
    </div>
  );
}

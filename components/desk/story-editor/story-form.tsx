'use client';

import type { Editor } from '@tiptap/react';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { transitionStoryAction } from '@/app/(desk)/desk/stories/actions';
import { BodyEditor } from '@/components/editor/body-editor';
import { Button } from '@/components/ui/button';
import { Field, SelectInput, TextInput, inputClass } from '@/components/ui/field';
import { FormMessage } from '@/components/ui/form-message';
import { countWords, docToPlainText } from '@/lib/content/text';
import { formatDateline } from '@/lib/stories/dateline';
import { PRIORITY_LABELS } from '@/lib/stories/labels';
import { HEADLINE_MAX, LANGUAGE_LABELS, LANGUAGES } from '@/lib/stories/validation';
import type { WorkflowAction } from '@/lib/stories/workflow';
import { type StoryStatus } from '@/lib/enums';
import { CommentsPanel } from '../comments/comments-panel';
import type { ThreadItem } from '../comments/types';
import { TagPicker, type TagOption } from '../tag-picker';
import { TagSuggestions } from '../tag-suggestions';
import { ConflictPanel } from './conflict-panel';
import { draftFromTheirs, draftKey, localCopy, type Draft, type Theirs } from './draft';
import { SaveStatusText } from './save-status';
import { useAutosave } from './use-autosave';
import { WorkflowButtons } from './workflow-buttons';
import { PRIORITIES } from '@/lib/enums';

export type StoryFormProps = {
  story: { id: string | null; version: number; status: StoryStatus; slug: string; slugFrozen: boolean; isLive: boolean; lastEditorName: string | null; updatedAt: string };
  savedDraft: Draft;
  /** Every tag the conflict view may need to name (this story's, and the other version's). */
  knownTags: TagOption[];
  options: { sections: { id: string; name: string }[]; topics: { id: string; title: string }[]; defaultCredit: string; timeZone: string };
  actions: WorkflowAction[];
  /** Review comments; absent on a story not saved yet. */
  threads?: ThreadItem[];
};

type Boot = { draft: Draft; conflict: Theirs | null; restored: boolean; flash: string | null };

const FLASH_KEY = 'newsroom:flash';

/** A message that survives moving from the new-story page to the story's own page. */
function takeFlash(): string | null {
  const message = window.sessionStorage.getItem(FLASH_KEY);
  window.sessionStorage.removeItem(FLASH_KEY);
  return message;
}

/**
 * The story form. Its first render happens in the browser, after reading any copy of
 * this story kept on the device by an earlier visit (a save that never reached the
 * server): that copy is restored, or shown as a conflict when the story moved on.
 */
export function StoryForm(props: StoryFormProps) {
  const [boot, setBoot] = useState<Boot | null>(null);
  useEffect(() => {
    const local = localCopy.read(props.story.id);
    const flash = takeFlash();
    if (!local || draftKey(local.draft) === draftKey(props.savedDraft)) {
      if (local) localCopy.clear(props.story.id);
      setBoot({ draft: props.savedDraft, conflict: null, restored: false, flash });
    } else if (local.baseVersion === props.story.version) {
      setBoot({ draft: local.draft, conflict: null, restored: true, flash });
    } else {
      const saved = props.savedDraft;
      setBoot({
        draft: local.draft,
        restored: true,
        flash,
        conflict: {
          ...saved, tagIds: saved.tags.map((t) => t.id), datelineDate: saved.datelineDate || null, sectionId: saved.sectionId || null, topicId: saved.topicId || null,
          version: props.story.version, updatedAt: props.story.updatedAt, editorName: props.story.lastEditorName, bodyText: docToPlainText(saved.body),
        },
      });
    }
    // Boot once per page load: later server props must not reset what is being typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (!boot) return <p className="text-slate-600" role="status">Loading the editor…</p>;
  return <StoryFormBody {...props} boot={boot} />;
}

function StoryFormBody({ story, savedDraft, knownTags, options, actions, threads, boot }: StoryFormProps & { boot: Boot }) {
  const router = useRouter();
  const [draft, setDraft] = useState<Draft>(boot.draft);
  const [slug, setSlug] = useState(story.slug);
  const [workflowState, setWorkflowState] = useState<{ ok: boolean; message: string } | null>(
    boot.flash ? { ok: true, message: boot.flash } : boot.restored ? { ok: true, message: 'Restored changes kept on this device.' } : null,
  );
  const [workflowErrors, setWorkflowErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const editorRef = useRef<Editor | null>(null);
  const [editor, setEditor] = useState<Editor | null>(null);
  const onEditorReady = useCallback((ready: Editor) => { editorRef.current = ready; setEditor(ready); }, []);

  // A story created on this page keeps its form as it is: refreshing the server props
  // would render the edit route and remount the editor under the person's cursor.
  const createdHere = useRef(false);
  const onSaved = useCallback((saved: { slug: string; created: boolean; status: string }) => {
    setSlug(saved.slug);
    if (saved.created) createdHere.current = true;
    if (!createdHere.current) router.refresh();
  }, [router]);
  const autosave = useAutosave({ initialId: story.id, initialVersion: story.version, savedDraft, draft, initialConflict: boot.conflict, onSaved });
  const errors = { ...autosave.fieldErrors, ...workflowErrors };

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const tags = draft.tags;
  const setTagList = (next: TagOption[]) => set('tags', next);
  const tagNames = useMemo(() => new Map([...knownTags, ...tags].map((t) => [t.id, t])), [knownTags, tags]);
  const bodyText = useMemo(() => docToPlainText(draft.body), [draft.body]);
  const datelineDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.datelineDate) ? new Date(`${draft.datelineDate}T00:00:00Z`) : null;
  const dateline = formatDateline({ place: draft.datelinePlace, date: datelineDate && !Number.isNaN(datelineDate.getTime()) ? datelineDate : null, credit: draft.credit || options.defaultCredit });
  const names = useMemo(() => ({
    sections: new Map(options.sections.map((s) => [s.id, s.name])),
    topics: new Map(options.topics.map((t) => [t.id, t.title])),
    tags: new Map([...tagNames.values()].map((t) => [t.id, t.name])),
  }), [options, tagNames]);

  const runAction = async (action: WorkflowAction, note?: string, at?: Date) => {
    if (action === 'edit') return false;
    setBusy(true);
    setWorkflowErrors({});
    try {
      if (autosave.status !== 'saved' && !(await autosave.saveNow())) {
        setWorkflowState({ ok: false, message: 'Save the story before moving it on.' });
        return false;
      }
      const id = autosave.storyId();
      if (!id) return false;
      const result = await transitionStoryAction({ storyId: id, action: action as Exclude<WorkflowAction, 'edit'>, baseVersion: autosave.version(), note, at });
      if (!result.ok) {
        setWorkflowErrors(result.fieldErrors);
        setWorkflowState({ ok: false, message: result.message });
        return false;
      }
      const message = `Story ${result.data.label.toLowerCase()}.`;
      setWorkflowState({ ok: true, message });
      if (createdHere.current) {
        window.sessionStorage.setItem(FLASH_KEY, message);
        router.replace(`/desk/stories/${id}`);
      }
      else router.refresh();
      return true;
    } catch {
      setWorkflowState({ ok: false, message: 'The server could not be reached. Try again.' });
      return false;
    } finally {
      setBusy(false);
    }
  };

  const useTheirs = () => {
    if (!autosave.conflict) return;
    const next = draftFromTheirs(autosave.conflict, draft, tagNames);
    autosave.resolveConflict('theirs', draftKey(next));
    setDraft(next);
    editorRef.current?.commands.setContent(next.body, { emitUpdate: false });
  };

  return (
    <div className="space-y-4">
      <div className="sticky top-0 z-10 flex flex-wrap items-center gap-3 border-b border-slate-200 bg-slate-50/95 py-2 backdrop-blur">
        <SaveStatusText status={autosave.status} savedAt={autosave.savedAt} />
        <div className="ml-auto flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => void autosave.saveNow()} disabled={autosave.status === 'saving' || autosave.status === 'conflict'}>Save</Button>
          <WorkflowButtons actions={actions.filter((a) => a !== 'edit')} busy={busy || autosave.status === 'conflict'} timeZone={options.timeZone} onAction={runAction} />
        </div>
      </div>
      <FormMessage state={autosave.message ? { ok: false, message: autosave.message } : workflowState} />
      {autosave.conflict ? (
        <ConflictPanel mine={draft} theirs={autosave.conflict} names={names} onKeepMine={() => autosave.resolveConflict('mine')} onUseTheirs={useTheirs} />
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-4">
          <Field id="headline" label="Headline" errors={errors.headline}
            hint={<span data-testid="headline-counter">{draft.headline.length}/{HEADLINE_MAX} characters · {countWords(draft.headline)} words</span>}>
            <TextInput id="headline" value={draft.headline} onChange={(e) => set('headline', e.target.value)} invalid={!!errors.headline} className="text-lg font-semibold" />
          </Field>
          <Field id="subheadline" label="Subheadline" errors={errors.subheadline}>
            <textarea id="subheadline" rows={2} className={inputClass} value={draft.subheadline} onChange={(e) => set('subheadline', e.target.value)} aria-invalid={!!errors.subheadline || undefined} aria-describedby="subheadline-error" />
          </Field>
          <p className="text-sm text-slate-600">Dateline as readers see it: <strong data-testid="dateline-preview" className="text-slate-900">{dateline || '—'}</strong></p>
          <div className="space-y-1">
            <span id="body-label" className="block text-sm font-medium text-slate-800">Body</span>
            <BodyEditor labelId="body-label" initial={draft.body} onChange={(body) => set('body', body)} onReady={onEditorReady} invalid={!!errors.body} errorId="body-error" />
            <p className="text-xs text-slate-500" data-testid="body-counter">{bodyText.length} characters · {countWords(bodyText)} words</p>
            <div id="body-error" aria-live="polite" className="text-sm text-red-700">{errors.body?.map((e) => <p key={e}>{e}</p>)}</div>
          </div>
        </div>

        <aside className="space-y-4" aria-label="Story details">
          {story.id && threads ? (
            <CommentsPanel storyId={story.id} threads={threads} editor={editor}
              ensureSaved={async () => autosave.status === 'saved' || (await autosave.saveNow())} />
          ) : null}
          <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
            <legend className="px-1 text-sm font-semibold">Dateline</legend>
            <Field id="datelinePlace" label="Dateline place" errors={errors.datelinePlace}>
              <TextInput id="datelinePlace" value={draft.datelinePlace} onChange={(e) => set('datelinePlace', e.target.value)} invalid={!!errors.datelinePlace} />
            </Field>
            <Field id="datelineDate" label="Dateline date" errors={errors.datelineDate}>
              <TextInput id="datelineDate" type="date" value={draft.datelineDate} onChange={(e) => set('datelineDate', e.target.value)} invalid={!!errors.datelineDate} />
            </Field>
            <Field id="credit" label="Credit" errors={errors.credit}>
              <TextInput id="credit" value={draft.credit} placeholder={options.defaultCredit} onChange={(e) => set('credit', e.target.value)} invalid={!!errors.credit} />
            </Field>
          </fieldset>
          <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
            <legend className="px-1 text-sm font-semibold">Placement</legend>
            <Field id="sectionId" label="Section" errors={errors.sectionId}>
              <SelectInput id="sectionId" value={draft.sectionId} onChange={(e) => set('sectionId', e.target.value)}>
                <option value="">No section</option>
                {options.sections.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
              </SelectInput>
            </Field>
            <Field id="topicId" label="Topic" errors={errors.topicId}>
              <SelectInput id="topicId" value={draft.topicId} onChange={(e) => set('topicId', e.target.value)}>
                <option value="">No topic</option>
                {options.topics.map((t) => <option key={t.id} value={t.id}>{t.title}</option>)}
              </SelectInput>
            </Field>
            <Field id="priority" label="Priority">
              <SelectInput id="priority" value={draft.priority} onChange={(e) => set('priority', e.target.value as Draft['priority'])}>
                {[...PRIORITIES].reverse().map((p) => <option key={p} value={p}>{PRIORITY_LABELS[p]}</option>)}
              </SelectInput>
            </Field>
            <Field id="language" label="Language">
              <SelectInput id="language" value={draft.language} onChange={(e) => set('language', e.target.value as Draft['language'])}>
                {LANGUAGES.map((l) => <option key={l} value={l}>{LANGUAGE_LABELS[l]}</option>)}
              </SelectInput>
            </Field>
            <Field id="slug" label="Slug" errors={errors.slug} hint={story.slugFrozen ? 'Frozen: the story has been published.' : 'Leave empty to make it from the headline.'}>
              <TextInput id="slug" value={story.slugFrozen ? slug : draft.slug} placeholder={slug || 'made from the headline'} disabled={story.slugFrozen} onChange={(e) => set('slug', e.target.value)} invalid={!!errors.slug} />
            </Field>
          </fieldset>
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <TagPicker value={tags} errors={errors.tagIds} onChange={setTagList} />
          </div>
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <TagSuggestions headline={draft.headline} subheadline={draft.subheadline} bodyText={bodyText} topicId={draft.topicId || null} tags={tags} onAccept={(tag) => setTagList([...tags, tag])} />
          </div>
          {story.isLive ? null : (
            <Field id="embargoUntil" label="Embargo until" errors={errors.embargoUntil} hint={`Newsroom time (${options.timeZone}). Until then the story is on no public surface, even once published.`}>
              <TextInput id="embargoUntil" type="datetime-local" value={draft.embargoUntil} onChange={(e) => set('embargoUntil', e.target.value)} invalid={!!errors.embargoUntil} />
            </Field>
          )}
          {story.isLive ? (
            <Field id="correctionNote" label="Correction note" errors={errors.correctionNote} hint="Shown to readers with the update.">
              <textarea id="correctionNote" rows={3} className={inputClass} value={draft.correctionNote} onChange={(e) => set('correctionNote', e.target.value)} />
            </Field>
          ) : null}
        </aside>
      </div>
    </div>
  );
}

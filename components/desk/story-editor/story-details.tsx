'use client';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Editor } from '@tiptap/react';
import type * as Y from 'yjs';
import { useMemo, type ReactNode } from 'react';
import { Field, SelectInput, TextInput } from '@/components/ui/field';
import { PRIORITIES } from '@/lib/enums';
import type { FieldErrors } from '@/lib/errors';
import type { Draft, DraftTag } from '@/lib/stories/draft';
import { creditFor } from '@/lib/stories/dateline';
import { PRIORITY_LABELS } from '@/lib/stories/labels';
import { LANGUAGE_LABELS, LANGUAGES_BY_NAME } from '@/lib/stories/limits';
import { setText, textOf } from '@/lib/stories/shared-doc/codec';
import { SharedTextInput, type OtherCaret } from '../collab/shared-text-input';
import type { SetField } from '../collab/use-shared-draft';
import { FORM } from '../collab/use-shared-draft';
import { CommentsPanel } from '../comments/comments-panel';
import type { ThreadItem } from '../comments/types';
import { TagPicker } from '../tag-picker';
import { TagSuggestions } from '../tag-suggestions';
import { BylineField } from './byline-field';
import { LeadImageField } from './lead-image-field';
import type { StoryFormOptions, StoryFormProps } from './story-form';
import { useBodyText } from './use-body-text';

/** Topics titled in the story's language where they have a title in it, in that language's order. */
function topicsIn(topics: StoryFormOptions['topics'], language: string) {
  const collator = new Intl.Collator(language);
  return topics.map((t) => ({ id: t.id, title: t.titles[language] || t.title })).sort((a, b) => collator.compare(a.title, b.title));
}

type Props = {
  story: StoryFormProps['story'];
  draft: Draft;
  setField: SetField;
  errors: FieldErrors;
  options: StoryFormOptions;
  editor: Editor | null;
  threads?: ThreadItem[];
  /** A translation's source text, read-only, first in the column (beside the body). */
  sourceText?: ReactNode;
  /** The story's open suggestions, first in the column. */
  suggestionsPanel?: ReactNode;
  ensureSaved: () => Promise<boolean>;
  /** The shared document the text fields are bound to (null while it opens). */
  shared: { doc: Y.Doc; provider: HocuspocusProvider } | null;
  others: OtherCaret[];
};

/** Everything beside the text: comments, dateline, placement, tags, embargo, correction note. */
export function StoryDetails({ story, draft, setField, errors, options, editor, threads, sourceText, suggestionsPanel, ensureSaved, shared, others }: Props) {
  const set = setField;
  const setTags = (tags: DraftTag[]) => set('tags', tags);
  /** The credit follows the language while it is the agency's own (ТАСС for Russian, TASS otherwise); a typed credit stays. */
  const changeLanguage = (language: Draft['language']) => {
    const own = draft.credit === '' || draft.credit === creditFor(draft.language, options.credits, options.defaultCredit);
    if (own && shared) shared.doc.transact(() => setText(textOf(shared.doc, 'credit'), creditFor(language, options.credits, options.defaultCredit)), FORM);
    set('language', language);
  };
  const text = shared ? { doc: shared.doc, provider: shared.provider, others } : null;
  const bodyText = useBodyText(draft.body);
  const topics = useMemo(() => topicsIn(options.topics, draft.language), [options.topics, draft.language]);
  return (
    <aside className="space-y-4" aria-label="Story details">
      {sourceText}
      {suggestionsPanel}
      {threads ? <CommentsPanel storyId={story.id} threads={threads} editor={editor} ensureSaved={ensureSaved} /> : null}
      <BylineField
        value={draft.bylines}
        onChange={(bylines) => set('bylines', bylines)}
        choices={options.bylineChoices}
        errors={errors.bylines}
        withLine={
          <Field id="bylineWith" label="With line" errors={errors.bylineWith} hint="For example: With reporting by Ivan Sidorov in Minsk.">
            {text ? <SharedTextInput {...text} field="bylineWith" id="bylineWith" invalid={!!errors.bylineWith} /> : null}
          </Field>
        }
      />
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
        <legend className="px-1 text-sm font-semibold">Dateline</legend>
        <Field id="datelinePlace" label="Dateline place" errors={errors.datelinePlace}>
          {text ? <SharedTextInput {...text} field="datelinePlace" id="datelinePlace" invalid={!!errors.datelinePlace} /> : null}
        </Field>
        <Field id="datelineDate" label="Dateline date" errors={errors.datelineDate} hint="YYYY-MM-DD">
          <TextInput
            id="datelineDate"
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            autoComplete="off"
            maxLength={40}
            value={draft.datelineDate}
            onChange={(e) => set('datelineDate', e.target.value)}
            invalid={!!errors.datelineDate}
          />
        </Field>
        <Field id="credit" label="Credit" errors={errors.credit}>
          {text ? (
            <SharedTextInput
              {...text}
              field="credit"
              id="credit"
              placeholder={creditFor(draft.language, options.credits, options.defaultCredit)}
              invalid={!!errors.credit}
            />
          ) : null}
        </Field>
      </fieldset>
      <fieldset className="space-y-3 rounded-lg border border-slate-200 bg-white p-3">
        <legend className="px-1 text-sm font-semibold">Placement</legend>
        <Field id="sectionId" label="Section" errors={errors.sectionId}>
          <SelectInput id="sectionId" value={draft.sectionId} onChange={(e) => set('sectionId', e.target.value)}>
            <option value="">No section</option>
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </SelectInput>
        </Field>
        <Field id="topicId" label="Topic" errors={errors.topicId}>
          <SelectInput id="topicId" value={draft.topicId} onChange={(e) => set('topicId', e.target.value)}>
            <option value="">No topic</option>
            {topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title}
              </option>
            ))}
          </SelectInput>
        </Field>
        <Field id="priority" label="Priority">
          <SelectInput id="priority" value={draft.priority} onChange={(e) => set('priority', e.target.value as Draft['priority'])}>
            {[...PRIORITIES].reverse().map((p) => (
              <option key={p} value={p}>
                {PRIORITY_LABELS[p]}
              </option>
            ))}
          </SelectInput>
        </Field>
        <label className="flex items-center gap-2 self-end pb-2 text-sm font-medium text-slate-800">
          <input type="checkbox" checked={draft.liveCoverage} onChange={(e) => set('liveCoverage', e.target.checked)} />
          Live coverage
        </label>
        <Field
          id="language"
          label="Language"
          errors={errors.language}
          hint={story.languageFixed ? 'Fixed: this story has translations. Use Translate for another language.' : undefined}
        >
          <SelectInput
            id="language"
            value={draft.language}
            disabled={story.languageFixed}
            onChange={(e) => changeLanguage(e.target.value as Draft['language'])}
          >
            {LANGUAGES_BY_NAME.map((l) => (
              <option key={l} value={l}>
                {LANGUAGE_LABELS[l]}
              </option>
            ))}
          </SelectInput>
        </Field>
        <Field
          id="slug"
          label="Slug"
          errors={errors.slug}
          hint={story.slugFrozen ? 'Frozen: the story has been published.' : 'Leave empty to make it from the headline.'}
        >
          <TextInput
            id="slug"
            maxLength={200}
            value={story.slugFrozen ? story.slug : draft.slug}
            placeholder={story.slug.startsWith('untitled-') ? 'made from the headline' : story.slug}
            disabled={story.slugFrozen}
            onChange={(e) => set('slug', e.target.value)}
            invalid={!!errors.slug}
          />
        </Field>
      </fieldset>
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <LeadImageField value={draft.leadImageId ?? ''} onChange={(id) => set('leadImageId', id)} errors={errors.leadImageId} />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <TagPicker value={draft.tags} errors={errors.tags} onChange={setTags} language={draft.language} names={options.tagNames[draft.language]} />
      </div>
      <div className="rounded-lg border border-slate-200 bg-white p-3">
        <TagSuggestions
          headline={draft.headline}
          subheadline={draft.subheadline}
          bodyText={bodyText}
          topicId={draft.topicId || null}
          tags={draft.tags}
          onAccept={(accepted) => setTags([...draft.tags, ...accepted.filter((tag) => !draft.tags.some((t) => t.id === tag.id))])}
        />
      </div>
      {story.isLive ? (
        <Field id="correctionNote" label="Correction note" errors={errors.correctionNote} hint="Shown to readers with the update.">
          {text ? <SharedTextInput {...text} field="correctionNote" id="correctionNote" multiline rows={3} invalid={!!errors.correctionNote} /> : null}
        </Field>
      ) : (
        <Field
          id="embargoUntil"
          label="Embargo until"
          errors={errors.embargoUntil}
          hint={`YYYY-MM-DD HH:MM, newsroom time (${options.timeZone}). Until then the story is on no public surface, even once published.`}
        >
          <TextInput
            id="embargoUntil"
            placeholder="YYYY-MM-DD HH:MM"
            autoComplete="off"
            maxLength={40}
            value={draft.embargoUntil}
            onChange={(e) => set('embargoUntil', e.target.value)}
            invalid={!!errors.embargoUntil}
          />
        </Field>
      )}
    </aside>
  );
}

'use client';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import type { Editor } from '@tiptap/react';
import type * as Y from 'yjs';
import { BodyEditor, type SharedBody } from '@/components/editor/body-editor';
import { FieldPresence } from '@/components/ui/field-presence';
import { cn } from '@/components/ui/cn';
import { Field } from '@/components/ui/field';
import type { TDocNode } from '@/lib/content/document';
import { countWords } from '@/lib/content/text';
import type { FieldErrors } from '@/lib/errors';
import { formatDateline } from '@/lib/stories/dateline';
import type { Draft } from '@/lib/stories/draft';
import { HEADLINE_MAX } from '@/lib/stories/limits';
import { SharedTextInput, type OtherCaret } from '../collab/shared-text-input';
import { useBodyText } from './use-body-text';
import { FieldSuggestionInput } from '../suggestions/field-suggestion-input';
import type { FieldSuggestion } from '@/lib/stories/shared-doc/suggestions';
import type { SuggestableField } from '@/lib/stories/shared-doc/fields';

type Props = {
  draft: Draft;
  errors: FieldErrors;
  defaultCredit: string;
  onEditorReady: (editor: Editor) => void;
  onBody: (body: TDocNode) => void;
  readOnly?: boolean;
  /** The story's shared document; `'pending'` until it exists (the body editor is made bound to it, once). */
  shared: SharedBody | 'pending';
  others: OtherCaret[];
  /** Suggesting mode: whose suggestions, whether it starts on, whether it is on now, and this person's proposal per field. */
  suggest?: { authorId: string; startOn: boolean; on: boolean; mine: (field: SuggestableField) => FieldSuggestion | undefined };
};

/** The story's text: headline, subheadline, the dateline as readers see it, and the body. */
export function StoryMainFields({ draft, errors, defaultCredit, onEditorReady, onBody, readOnly = false, shared, others, suggest }: Props) {
  const bodyText = useBodyText(draft.body);
  const headlineLength = draft.headline.trim().length;
  const datelineDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.datelineDate) ? new Date(`${draft.datelineDate}T00:00:00Z`) : null;
  const dateline = formatDateline({
    place: draft.datelinePlace,
    date: datelineDate && !Number.isNaN(datelineDate.getTime()) ? datelineDate : null,
    credit: draft.credit || defaultCredit,
    language: draft.language,
  });
  const text = (doc: Y.Doc, provider: HocuspocusProvider) => ({ doc, provider, others, readOnly });
  return (
    <div className="space-y-4">
      <Field
        id="headline"
        label="Headline"
        errors={errors.headline}
        hint={
          <span
            data-testid="headline-counter"
            className={cn(headlineLength > HEADLINE_MAX ? 'font-semibold text-red-700' : headlineLength >= HEADLINE_MAX - 10 && 'text-amber-800')}
          >
            {headlineLength}/{HEADLINE_MAX} characters{headlineLength > HEADLINE_MAX ? ` — ${headlineLength - HEADLINE_MAX} over the limit` : ''} ·{' '}
            {countWords(draft.headline)} words
          </span>
        }
      >
        {shared === 'pending' ? (
          <Opening />
        ) : (
          <>
            <SharedTextInput
              {...text(shared.doc, shared.provider)}
              readOnly={readOnly || !!suggest?.on}
              field="headline"
              id="headline"
              invalid={!!errors.headline || headlineLength > HEADLINE_MAX}
              className="text-lg font-semibold"
            />
            {suggest?.on && !readOnly ? (
              <FieldSuggestionInput doc={shared.doc} field="headline" current={draft.headline} mine={suggest.mine('headline')} authorId={suggest.authorId} />
            ) : null}
          </>
        )}
      </Field>
      <Field id="subheadline" label="Subheadline" errors={errors.subheadline}>
        {shared === 'pending' ? (
          <Opening />
        ) : (
          <>
            <SharedTextInput
              {...text(shared.doc, shared.provider)}
              readOnly={readOnly || !!suggest?.on}
              field="subheadline"
              id="subheadline"
              multiline
              rows={2}
              invalid={!!errors.subheadline}
            />
            {suggest?.on && !readOnly ? (
              <FieldSuggestionInput
                doc={shared.doc}
                field="subheadline"
                current={draft.subheadline}
                mine={suggest.mine('subheadline')}
                authorId={suggest.authorId}
                multiline
              />
            ) : null}
          </>
        )}
      </Field>
      <p className="text-sm text-slate-600">
        Dateline as readers see it:{' '}
        <strong data-testid="dateline-preview" className="text-slate-900">
          {dateline || '—'}
        </strong>
      </p>
      <div className="space-y-1">
        <div className="flex items-center">
          <span id="body-label" className="block text-sm font-medium text-slate-800">
            Body
          </span>
          <FieldPresence id="body" />
        </div>
        {shared === 'pending' ? (
          <Opening />
        ) : (
          <BodyEditor
            labelId="body-label"
            initial={draft.body}
            onChange={(body) => onBody(body)}
            onReady={onEditorReady}
            invalid={!!errors.body}
            errorId="body-error"
            editable={!readOnly}
            shared={shared}
            suggest={suggest ? { authorId: suggest.authorId, startOn: suggest.startOn } : undefined}
          />
        )}
        <p className="text-xs text-slate-500" data-testid="body-counter">
          {bodyText.length} characters · {countWords(bodyText)} words
        </p>
        <div id="body-error" aria-live="polite" className="text-sm text-red-700">
          {errors.body?.map((e) => (
            <p key={e}>{e}</p>
          ))}
        </div>
      </div>
    </div>
  );
}

function Opening() {
  return (
    <p role="status" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-600">
      Opening the shared text…
    </p>
  );
}

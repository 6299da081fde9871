'use client';

import type { Editor } from '@tiptap/react';
import type { Dispatch, SetStateAction } from 'react';
import { BodyEditor, type SharedBody } from '@/components/editor/body-editor';
import { FieldPresence } from '@/components/ui/field-presence';
import { cn } from '@/components/ui/cn';
import { Field, TextInput, inputClass } from '@/components/ui/field';
import { countWords } from '@/lib/content/text';
import type { FieldErrors } from '@/lib/errors';
import { formatDateline } from '@/lib/stories/dateline';
import type { Draft } from '@/lib/stories/draft';
import { HEADLINE_MAX } from '@/lib/stories/limits';
import { useBodyText } from './use-body-text';

type Props = { draft: Draft; setDraft: Dispatch<SetStateAction<Draft>>; errors: FieldErrors; defaultCredit: string; onEditorReady: (editor: Editor) => void; readOnly?: boolean;
  /** The story's shared document; `'pending'` until it exists (the body editor is made bound to it, once). */
  shared?: SharedBody | 'pending';
};

/** The story's text: headline, subheadline, the dateline as readers see it, and the body. */
export function StoryMainFields({ draft, setDraft, errors, defaultCredit, onEditorReady, readOnly = false, shared }: Props) {
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((current) => ({ ...current, [key]: value }));
  const bodyText = useBodyText(draft.body);
  const headlineLength = draft.headline.trim().length;
  const datelineDate = /^\d{4}-\d{2}-\d{2}$/.test(draft.datelineDate) ? new Date(`${draft.datelineDate}T00:00:00Z`) : null;
  const dateline = formatDateline({ place: draft.datelinePlace, date: datelineDate && !Number.isNaN(datelineDate.getTime()) ? datelineDate : null, credit: draft.credit || defaultCredit, language: draft.language });
  return (
    <div className="space-y-4">
      <Field id="headline" label="Headline" errors={errors.headline}
        hint={<span data-testid="headline-counter" className={cn(headlineLength > HEADLINE_MAX ? 'font-semibold text-red-700' : headlineLength >= HEADLINE_MAX - 10 && 'text-amber-800')}>
          {headlineLength}/{HEADLINE_MAX} characters{headlineLength > HEADLINE_MAX ? ` — ${headlineLength - HEADLINE_MAX} over the limit` : ''} · {countWords(draft.headline)} words</span>}>
        <TextInput id="headline" value={draft.headline} onChange={(e) => set('headline', e.target.value)} invalid={!!errors.headline || headlineLength > HEADLINE_MAX} className="text-lg font-semibold" />
      </Field>
      <Field id="subheadline" label="Subheadline" errors={errors.subheadline}>
        <textarea id="subheadline" rows={2} className={inputClass} value={draft.subheadline} onChange={(e) => set('subheadline', e.target.value)} aria-invalid={!!errors.subheadline || undefined} aria-describedby="subheadline-error" />
      </Field>
      <p className="text-sm text-slate-600">Dateline as readers see it: <strong data-testid="dateline-preview" className="text-slate-900">{dateline || '—'}</strong></p>
      <div className="space-y-1">
        <div className="flex items-center"><span id="body-label" className="block text-sm font-medium text-slate-800">Body</span><FieldPresence id="body" /></div>
        {shared === 'pending'
          ? <p role="status" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm text-slate-600">Opening the shared text…</p>
          : <BodyEditor labelId="body-label" initial={draft.body} onChange={(body) => set('body', body)} onReady={onEditorReady} invalid={!!errors.body} errorId="body-error" editable={!readOnly} shared={shared} />}
        <p className="text-xs text-slate-500" data-testid="body-counter">{bodyText.length} characters · {countWords(bodyText)} words</p>
        <div id="body-error" aria-live="polite" className="text-sm text-red-700">{errors.body?.map((e) => <p key={e}>{e}</p>)}</div>
      </div>
    </div>
  );
}

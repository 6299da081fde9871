'use client';

import { useState } from 'react';
import type * as Y from 'yjs';
import { inputClass } from '@/components/ui/field';
import { newSuggestionId } from '@/lib/suggestions/ids';
import { TEXT_CEILING, type SuggestableField } from '@/lib/stories/shared-doc/fields';
import { fieldSuggestionsMapOf, type FieldSuggestion } from '@/lib/stories/shared-doc/suggestions';

const LABEL = { headline: 'Suggested headline', subheadline: 'Suggested subheadline' } as const;
const OPEN = { headline: 'Suggest a new headline', subheadline: 'Suggest a new subheadline' } as const;

/**
 * While suggesting, the headline and subheadline are proposed whole: this person's
 * proposal for the field, written to the story's shared suggestions as they type (the
 * field itself keeps its text until someone accepts it). Typing the field's own text
 * again withdraws the proposal.
 */
export function FieldSuggestionInput({
  doc,
  field,
  current,
  mine,
  authorId,
  multiline = false,
}: {
  doc: Y.Doc;
  field: SuggestableField;
  current: string;
  mine: FieldSuggestion | undefined;
  authorId: string;
  multiline?: boolean;
}) {
  const [startedOpen] = useState(!!mine);
  const [open, setOpen] = useState(startedOpen);
  const [value, setValue] = useState(mine?.text ?? current);
  const [id] = useState(() => mine?.id ?? newSuggestionId(authorId));
  const change = (next: string) => {
    setValue(next);
    const map = fieldSuggestionsMapOf(doc);
    if (next === current) map.delete(id);
    else map.set(id, { field, text: next });
  };
  const props = {
    id: `${field}-suggestion`,
    className: inputClass,
    value,
    maxLength: TEXT_CEILING[field],
    onChange: (event: { target: { value: string } }) => change(event.target.value),
  };
  if (!open)
    return (
      <button type="button" className="text-sm text-green-900 underline" onClick={() => setOpen(true)}>
        {OPEN[field]}
      </button>
    );
  return (
    <div className="space-y-1 rounded-md border border-green-200 bg-green-50 p-2">
      <label htmlFor={props.id} className="block text-sm font-medium text-green-900">
        {LABEL[field]}
      </label>
      {multiline ? <textarea rows={2} autoFocus={!startedOpen} {...props} /> : <input autoFocus={!startedOpen} {...props} />}
    </div>
  );
}

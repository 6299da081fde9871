import type { FieldErrors } from '@/lib/errors';
import type { Draft } from '@/lib/stories/draft';
import { HEADLINE_MAX, SUBHEADLINE_MAX, tooLong } from '@/lib/stories/limits';

const LIMITS = [
  { field: 'headline', name: 'headline', max: HEADLINE_MAX },
  { field: 'subheadline', name: 'subheadline', max: SUBHEADLINE_MAX },
] as const;

/**
 * A field over its limit must not hold back the rest of the story: the save sends the
 * value the server last accepted for it (the person's text stays in the form and on this
 * device) and the field shows why it is not saved.
 */
export function holdOverLimit(draft: Draft, lastSaved: Draft): { sendable: Draft; held: FieldErrors } {
  let sendable = draft;
  const held: FieldErrors = {};
  for (const { field, name, max } of LIMITS) {
    const length = draft[field].trim().length;
    if (length <= max) continue;
    sendable = { ...sendable, [field]: lastSaved[field] };
    held[field] = [`${tooLong(name, max)} It has ${length}: until it fits, the ${name} is kept on this device only; the rest of the story is saved.`];
  }
  return { sendable, held };
}

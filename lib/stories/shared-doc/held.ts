import type { FieldErrors } from '@/lib/errors';
import { fieldLabel, FIELD_LABELS } from '../labels';

export { FIELD_LABELS };

/**
 * Fields a store held back, in the words the form uses: "Not saved — Headline: Keep the
 * headline to 160 characters." Client-safe: the server's refusals and the toolbar say the same.
 */
export function describeHeld(held: FieldErrors): string {
  const parts = Object.entries(held).map(([field, messages]) => `${fieldLabel(field)}: ${messages[0] ?? 'not accepted.'}`);
  return parts.length ? `Not saved — ${parts.join(' ')}` : '';
}

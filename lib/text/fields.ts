import { z } from 'zod';
import { hasNul, normalizeLine, normalizeMultiline } from './normalize';

const NUL_MESSAGE = 'Remove the NUL character (U+0000): it cannot be stored.';

/**
 * A single-line text field: NUL refused with a message, controls removed, line breaks
 * made spaces, trimmed, at most `max` characters.
 */
export function zLine(max: number, tooLong: string) {
  return z
    .string()
    .refine((value) => !hasNul(value), NUL_MESSAGE)
    .overwrite(normalizeLine)
    .trim()
    .max(max, tooLong);
}

/** A text field that may span lines (comments, notes). */
export function zMultiline(max: number, tooLong: string) {
  return z
    .string()
    .refine((value) => !hasNul(value), NUL_MESSAGE)
    .overwrite(normalizeMultiline)
    .trim()
    .max(max, tooLong);
}

/**
 * Text typed into a search or filter box: normalised like a line; a NUL or other
 * control makes it a field error, never a database error.
 */
export function zQuery(max = 200) {
  return zLine(max, `Keep the search to ${max} characters.`);
}

/** A record id as the database makes them (cuid or uuid); anything else is refused before a query. */
export const ZId = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'That is not a valid id.');

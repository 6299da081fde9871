import { z } from 'zod';
import type { TDocNode } from '@/lib/content/document';
import { ZBylines, ZBylineWith } from '@/lib/bylines/byline';
import { validateBody } from '@/lib/content/validate';
import { PRIORITIES } from '@/lib/enums';
import { env } from '@/lib/env';
import { isAppError } from '@/lib/errors';
import { ZId, zLine, zMultiline } from '@/lib/text/fields';
import { ZSLUG } from '@/lib/text/slug';
import { zonedTimeToUtc } from '@/lib/time/zoned';
import { HEADLINE_MAX, LANGUAGES, SUBHEADLINE_MAX, tooLong } from './limits';

const optionalId = z.preprocess((value) => (value === '' || value === undefined ? null : value), ZId.nullable());

/** A body as the form sends it (a JSON string) or as code holds it: checked against the editor's schema, normalised. */
const zBody = (options: Parameters<typeof validateBody>[2] = {}) =>
  z.unknown().transform((value, ctx): TDocNode => {
    try {
      return validateBody(value, 'body', options);
    } catch (error) {
      if (!isAppError(error)) throw error;
      for (const message of Object.values(error.fieldErrors).flat()) ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
  });
export const ZBody = zBody();
/** The same for text published as sent, never reviewed by suggestion (a live entry). */
export const ZPublishedBody = zBody({ suggestions: 'refuse' });

/** A `YYYY-MM-DD` day ('' for none) as a UTC midnight. */
const ZDay = z
  .string()
  .nullish()
  .transform((value) => value ?? '')
  .pipe(z.string().regex(/^$|^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2021-07-07.'))
  .transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null))
  .refine((date) => date === null || !Number.isNaN(date.getTime()), 'That date does not exist.')
  .refine(
    (date) => date === null || Number.isNaN(date.getTime()) || (date.getUTCFullYear() >= 1800 && date.getUTCFullYear() <= 2999),
    'Use a year between 1800 and 2999.',
  );

/** A wall-clock time in the newsroom's time zone ('' for none), as the instant it names. */
const ZNewsroomTime = z
  .string()
  .trim()
  .regex(/^$|^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2})?$/, 'Use a date and a time, like 2026-11-28 15:00.')
  .transform((value, ctx) => {
    if (!value) return null;
    const instant = zonedTimeToUtc(value, env().NEWSROOM_TIMEZONE);
    if (!instant) ctx.addIssue({ code: 'custom', message: 'That time does not exist.' });
    return instant;
  });

/** The editable fields of a story, as the form and the API send them; parsed once, into the values the domain works with. */
export const ZStoryFields = z.object({
  headline: zLine(HEADLINE_MAX, tooLong('headline', HEADLINE_MAX)),
  subheadline: zLine(SUBHEADLINE_MAX, tooLong('subheadline', SUBHEADLINE_MAX)),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(80, 'Keep the slug to 80 characters.')
    .refine((slug) => slug === '' || ZSLUG.test(slug), 'Use lower-case letters, digits and single hyphens.'),
  datelinePlace: zLine(80, 'Keep the dateline place to 80 characters.'),
  datelineDate: ZDay,
  credit: zLine(40, 'Keep the credit to 40 characters.'),
  sectionId: optionalId,
  topicId: optionalId,
  priority: z.enum(PRIORITIES, { message: 'Choose a priority.' }),
  language: z.enum(LANGUAGES, { message: 'Choose a language.' }),
  tagIds: z.array(ZId).max(60, 'Use at most 60 tags.').default([]),
  body: ZBody,
  correctionNote: zMultiline(500, 'Keep the correction note to 500 characters.').default(''),
  embargoUntil: ZNewsroomTime.prefault(''),
  /** Live coverage: the story carries timestamped entries (lib/live). */
  liveCoverage: z.boolean().default(false),
  /** The lead image (an uploaded image's id), or none. */
  leadImageId: optionalId.default(null),
  /** The byline (lib/bylines): who wrote it, in order, and the "with" line. */
  bylines: ZBylines.default([]),
  bylineWith: ZBylineWith.default(''),
});

export const ZSaveStory = ZStoryFields.extend({
  id: ZId.optional(),
  /** The version the client's text is based on; 0 for a new story. */
  baseVersion: z.number().int().min(0),
  autosave: z.boolean().default(false),
});
/** A save as sent (the form's payload). */
export type TSaveStoryInput = z.input<typeof ZSaveStory>;
/** A save as the domain takes it: parsed, body checked, dates as instants. */
export type TSaveStory = z.output<typeof ZSaveStory>;

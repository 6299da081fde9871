import { z } from 'zod';
import { ZId, zLine, zMultiline } from '@/lib/text/fields';
import { ZSLUG } from '@/lib/text/slug';

export const HEADLINE_MAX = 160;
/** The largest save the server reads (its Server Action limit is 1 MB; the rest is room for the envelope). */
export const MAX_SAVE_BYTES = 900_000;
export const SUBHEADLINE_MAX = 400;
export const LANGUAGES = ['en', 'ru'] as const;
export const LANGUAGE_LABELS = { en: 'English', ru: 'Russian' } satisfies Record<(typeof LANGUAGES)[number], string>;

const optionalId = z.preprocess((value) => (value === '' || value === undefined ? null : value), ZId.nullable());

/** The editable fields of a story, as the form and the API send them. */
export const ZStoryFields = z.object({
  headline: zLine(HEADLINE_MAX, `Keep the headline to ${HEADLINE_MAX} characters.`),
  subheadline: zLine(SUBHEADLINE_MAX, `Keep the subheadline to ${SUBHEADLINE_MAX} characters.`),
  slug: z.string().trim().toLowerCase().max(80, 'Keep the slug to 80 characters.')
    .refine((slug) => slug === '' || ZSLUG.test(slug), 'Use lower-case letters, digits and single hyphens.'),
  datelinePlace: zLine(80, 'Keep the dateline place to 80 characters.'),
  datelineDate: z.preprocess(
    (value) => (value === '' || value === null || value === undefined ? null : value instanceof Date ? value.toISOString().slice(0, 10) : value),
    z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2021-07-07.').nullable(),
  ).transform((value) => (value ? new Date(`${value}T00:00:00Z`) : null))
    .refine((date) => date === null || !Number.isNaN(date.getTime()), 'That date does not exist.'),
  credit: zLine(40, 'Keep the credit to 40 characters.'),
  sectionId: optionalId,
  topicId: optionalId,
  priority: z.enum(['FLASH', 'URGENT', 'ROUTINE'], { message: 'Choose a priority.' }),
  language: z.enum(LANGUAGES, { message: 'Choose a language.' }),
  tagIds: z.array(ZId).max(60, 'Use at most 60 tags.').default([]),
  /** tiptap JSON; checked against the editor schema by `validateBody`. */
  body: z.unknown(),
  correctionNote: zMultiline(500, 'Keep the correction note to 500 characters.').default(''),
  /** A wall-clock time in the newsroom's time zone ('' for none); `saveStory` makes it an instant. */
  embargoUntil: z.string().trim().regex(/^$|^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, 'Use a date and a time, like 2026-11-28 15:00.').default(''),
});

export const ZSaveStory = ZStoryFields.extend({
  id: ZId.optional(),
  /** The version the client's text is based on; 0 for a new story. */
  baseVersion: z.number().int().min(0),
  autosave: z.boolean().default(false),
});
export type TSaveStory = z.input<typeof ZSaveStory>;

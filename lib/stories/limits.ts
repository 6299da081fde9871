// What a story's fields may hold: client-safe constants the form shows and the schema enforces.

export const HEADLINE_MAX = 160;
export const SUBHEADLINE_MAX = 400;
/** The largest save the server reads (its Server Action limit is 1 MB; the rest is room for the envelope). */
export const MAX_SAVE_BYTES = 900_000;
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];
export const LANGUAGE_LABELS = { en: 'English', ru: 'Russian' } satisfies Record<Language, string>;

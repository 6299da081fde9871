import type { Prisma } from '@/generated/prisma/client';
import { env } from '@/lib/env';
import { isLanguage, LANGUAGE_LABELS, type Language } from './limits';

/** The languages the newsroom publishes in, in the order settings give them (NEWSROOM_LANGUAGES; unknown codes are left out). */
export function newsroomLanguages(): Language[] {
  return [...new Set(env().NEWSROOM_LANGUAGES.split(','))].filter(isLanguage);
}

export const languageName = (code: string) => (isLanguage(code) ? LANGUAGE_LABELS[code] : code);

/** A story readers can read now: its publication is live (a story being updated stays live, whatever its working copy's state). */
const LIVE: Prisma.StoryWhereInput = { publication: { is: { killedAt: null } } };

/** A family member that fills its language for good: published, or killed or spiked (Translate will not make another in that language). */
const FILLS_ITS_LANGUAGE: Prisma.StoryWhereInput = { OR: [LIVE, { status: { in: ['KILLED', 'SPIKED'] } }] };

/**
 * Published stories whose family of translations has no published story in one of the
 * newsroom's other languages (the desk's "Needs translation"): a story with no
 * translations needs each of them; one whose translation is still being written needs it
 * until that is published. A language whose story was killed or spiked is not asked for
 * again (Translate refuses a language the family has).
 */
export function needsTranslationWhere(languages: readonly string[] = newsroomLanguages()): Prisma.StoryWhereInput {
  return {
    ...LIVE,
    OR: languages.map((language) => ({
      language: { not: language },
      OR: [{ translationRootId: null }, { translationRoot: { translationFamily: { none: { language, ...FILLS_ITS_LANGUAGE } } } }],
    })),
  };
}

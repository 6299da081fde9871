import { Prisma } from '@/generated/prisma/client';
import { env } from '@/lib/env';
import { isLanguage, LANGUAGE_LABELS, type Language } from './limits';
import { livePublicationSql } from './visibility';

/** The languages the newsroom publishes in, in the order settings give them (NEWSROOM_LANGUAGES; unknown codes are left out). */
export function newsroomLanguages(): Language[] {
  return [...new Set(env().NEWSROOM_LANGUAGES.split(','))].filter(isLanguage);
}

/** The language a tag's name and a topic's title are written in: the newsroom's first. Names in the others are kept beside. */
export const mainLanguage = (): Language => newsroomLanguages()[0] ?? 'en';

/** The newsroom's languages a name may be given in besides the main one, in order. */
export const otherLanguages = (): Language[] => newsroomLanguages().slice(1);

/**
 * Names per language from a form's `<prefix><code>` fields ("name_ru": "Москва"): each of the
 * newsroom's other languages, trimmed (empty means none). A language the newsroom does not
 * publish in is refused on its field.
 */
export function localizedFields(input: Record<string, unknown>, prefix: string): { names: Map<Language, string>; refused: Record<string, string[]> } {
  const allowed = new Set<string>(otherLanguages());
  const names = new Map<Language, string>();
  const refused: Record<string, string[]> = {};
  for (const [key, value] of Object.entries(input)) {
    if (!key.startsWith(prefix) || typeof value !== 'string') continue;
    const code = key.slice(prefix.length);
    if (!allowed.has(code) || !isLanguage(code)) {
      if (value.trim()) refused[key] = [`The newsroom does not publish in ${languageName(code)}: no name in it can be kept.`];
      continue;
    }
    names.set(code, value.trim());
  }
  return { names, refused };
}

/** The text of the variant in `language` where there is one (and it is not empty), else the main text. */
export function inLanguage<V extends { language: string }>(main: string, variants: readonly V[], textOf: (variant: V) => string, language: string): string {
  const variant = variants.find((v) => v.language === language && textOf(v));
  return variant ? textOf(variant) : main;
}

export const languageName = (code: string) => (isLanguage(code) ? LANGUAGE_LABELS[code] : code);

/**
 * Published stories whose family of translations has no published story in one of the
 * newsroom's other languages (the desk's "Needs translation"), as a condition on the
 * story `s`: a story with no translations needs each of them; one whose translation is
 * still being written needs it until that is published. A language whose story was
 * killed or spiked is not asked for again (Translate refuses a language the family has).
 * A story being updated stays live, whatever its working copy's state.
 *
 * The family's filled languages are read as one array per story, probing the
 * (translationRootId, language) index: a NOT EXISTS per language under OR would be
 * planned as a hashed subplan over every translation in the newsroom (seconds at a
 * million stories), where a desk page needs a few dozen probes.
 */
export function needsTranslationSql(languages: readonly string[] = newsroomLanguages()): Prisma.Sql {
  return Prisma.sql`(EXISTS (SELECT 1 FROM "Publication" lp WHERE lp."storyId" = s.id AND ${livePublicationSql('lp')})
    AND NOT (ARRAY(SELECT l FROM unnest(${[...languages]}::text[]) l WHERE l <> s.language) <@ ARRAY(
      SELECT m.language FROM "Story" m WHERE m."translationRootId" = s."translationRootId"
        AND (m.status IN ('KILLED', 'SPIKED') OR EXISTS (SELECT 1 FROM "Publication" mp WHERE mp."storyId" = m.id AND ${livePublicationSql('mp')})))))`;
}

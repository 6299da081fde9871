import { Prisma } from '@/generated/prisma/client';
import { isLanguage, type Language } from './limits';
import { mainLanguage, newsroomLanguages, otherLanguages } from './languages';

/**
 * Where each language's public site lives: the newsroom's main language at the root
 * (`/news/…`), every other one under its code (`/ru/news/…`). Inside the app each site
 * is `/site/[lang]/…` and the root site's segment is `_` (next.config.js rewrites reader
 * paths there), so no address of the main language carries its code.
 */
export const ROOT_SITE_SEGMENT = '_';

/** The path prefix of a language's site: none for the main language, `/ru` for another. */
export const sitePrefix = (language: string) => (language === mainLanguage() ? '' : `/${language}`);

/** A reader path ("/search", "/tag/x") on a language's site. */
export const sitePath = (language: string, path: string) => {
  const prefix = sitePrefix(language);
  return prefix && path === '/' ? prefix : `${prefix}${path}`;
};

/**
 * The site a story in `language` is read on: its language's own, or the main site for a
 * language the newsroom has no site in (wire copy kept in German, say).
 */
export const siteOf = (language: string): string => (newsroomLanguages().includes(language as Language) ? language : mainLanguage());

export const storyPath = (slug: string, language: string) => sitePath(siteOf(language), `/news/${slug}`);

/** The publications a language's site shows: those in its language; the main site's also those in a language without a site. */
export function siteStoriesWhere(site: string): Prisma.PublicationWhereInput {
  return site === mainLanguage() ? { language: { notIn: otherLanguages() } } : { language: site };
}

/** siteStoriesWhere in SQL, on the publication `alias`. */
export function siteStoriesSql(site: string, alias: string): Prisma.Sql {
  const language = Prisma.raw(`${alias}."language"`);
  return site === mainLanguage() ? Prisma.sql`NOT (${language} = ANY(${otherLanguages()}))` : Prisma.sql`${language} = ${site}`;
}

/** The language a `[lang]` segment names, or null when the newsroom has no public site in it (the main language is never spelled out). */
export function siteLanguage(segment: string): Language | null {
  if (segment === ROOT_SITE_SEGMENT) return mainLanguage();
  return isLanguage(segment) && segment !== mainLanguage() && newsroomLanguages().includes(segment) ? segment : null;
}

/** The `[lang]` segment of each language's site, for generateStaticParams. */
export const siteSegments = () => newsroomLanguages().map((language) => ({ lang: language === mainLanguage() ? ROOT_SITE_SEGMENT : language }));

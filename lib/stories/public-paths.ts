import { isLanguage, type Language } from './limits';
import { mainLanguage, newsroomLanguages } from './languages';

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

export const storyPath = (slug: string, language: string) => sitePath(language, `/news/${slug}`);

/** The language a `[lang]` segment names, or null when the newsroom has no public site in it (the main language is never spelled out). */
export function siteLanguage(segment: string): Language | null {
  if (segment === ROOT_SITE_SEGMENT) return mainLanguage();
  return isLanguage(segment) && segment !== mainLanguage() && newsroomLanguages().includes(segment) ? segment : null;
}

/** The `[lang]` segment of each language's site, for generateStaticParams. */
export const siteSegments = () => newsroomLanguages().map((language) => ({ lang: language === mainLanguage() ? ROOT_SITE_SEGMENT : language }));

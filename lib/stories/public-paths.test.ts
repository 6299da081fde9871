import { afterEach, describe, expect, it } from 'vitest';
import { ROOT_SITE_SEGMENT, siteLanguage, siteOf, sitePath, siteSegments, siteStoriesWhere, storyPath } from './public-paths';

const saved = process.env.NEWSROOM_LANGUAGES;
afterEach(() => {
  process.env.NEWSROOM_LANGUAGES = saved;
});

describe('each language’s public site', () => {
  it('puts the main language at the root and every other one under its code', () => {
    process.env.NEWSROOM_LANGUAGES = 'en,ru';
    expect(sitePath('en', '/')).toBe('/');
    expect(sitePath('ru', '/')).toBe('/ru');
    expect(sitePath('ru', '/search')).toBe('/ru/search');
    expect(storyPath('talks', 'en')).toBe('/news/talks');
    expect(storyPath('peregovory', 'ru')).toBe('/ru/news/peregovory');
    expect(siteSegments()).toEqual([{ lang: ROOT_SITE_SEGMENT }, { lang: 'ru' }]);
  });

  it('reads a segment as a site only where the newsroom publishes in that language, and never spells out the main one', () => {
    process.env.NEWSROOM_LANGUAGES = 'en,ru';
    expect(siteLanguage(ROOT_SITE_SEGMENT)).toBe('en');
    expect(siteLanguage('ru')).toBe('ru');
    expect(siteLanguage('en')).toBeNull();
    expect(siteLanguage('de')).toBeNull();
    expect(siteLanguage('zz')).toBeNull();
    expect(siteLanguage('')).toBeNull();
  });

  it('reads a story in a language without a site on the main site, where it is listed', () => {
    process.env.NEWSROOM_LANGUAGES = 'en,ru';
    expect(siteOf('de')).toBe('en');
    expect(siteOf('ru')).toBe('ru');
    expect(storyPath('gespraeche', 'de')).toBe('/news/gespraeche');
    expect(siteStoriesWhere('en')).toEqual({ language: { notIn: ['ru'] } });
    expect(siteStoriesWhere('ru')).toEqual({ language: 'ru' });
  });

  it('follows the settings: a Russian newsroom has Russian at the root', () => {
    process.env.NEWSROOM_LANGUAGES = 'ru,en';
    expect(storyPath('peregovory', 'ru')).toBe('/news/peregovory');
    expect(storyPath('talks', 'en')).toBe('/en/news/talks');
    expect(siteLanguage(ROOT_SITE_SEGMENT)).toBe('ru');
    expect(siteLanguage('en')).toBe('en');
  });
});

import { describe, expect, it } from 'vitest';
import { languageAlternates, newsArticleJsonLd, type PublicStory } from './seo';

const SITE = { url: 'https://news.example.com', name: 'Newsroom' };
const base: PublicStory = {
  slug: 'talks-ru',
  headline: 'Переговоры',
  subheadline: '',
  datelinePlace: 'Москва',
  datelineDate: new Date('2021-07-07T00:00:00Z'),
  credit: 'ТАСС',
  language: 'ru',
  firstPublishedAt: new Date('2021-07-07T10:00:00Z'),
  publishedAt: new Date('2021-07-07T10:00:00Z'),
  bodyText: 'Текст.',
  correctionNote: '',
  section: null,
  tags: [],
};

describe('a story’s other languages for search engines (the main language and languages without a site at the root, Russian under /ru)', () => {
  it('a story in one language has no alternates and no translation links', () => {
    expect(languageAlternates(base, SITE.url)).toBeNull();
    const ld = newsArticleJsonLd(base, SITE);
    expect(ld).not.toHaveProperty('workTranslation');
    expect(ld).not.toHaveProperty('translationOfWork');
    expect(ld.dateline).toBe('МОСКВА, 7 июля. /ТАСС/.');
  });

  it('a translation names its source as translationOfWork, the others as workTranslation; x-default is the original', () => {
    const story: PublicStory = {
      ...base,
      slug: 'talks-de',
      language: 'de',
      translations: [
        { language: 'en', slug: 'talks', headline: 'Talks', relation: 'original', original: true },
        { language: 'ru', slug: 'talks-ru', headline: 'Переговоры', relation: 'source', original: false },
        { language: 'fr', slug: 'talks-fr', headline: 'Pourparlers', relation: 'translation', original: false },
      ],
    };
    expect(languageAlternates(story, SITE.url)).toEqual({
      de: 'https://news.example.com/news/talks-de',
      en: 'https://news.example.com/news/talks',
      ru: 'https://news.example.com/ru/news/talks-ru',
      fr: 'https://news.example.com/news/talks-fr',
      'x-default': 'https://news.example.com/news/talks',
    });
    const ld = newsArticleJsonLd(story, SITE);
    expect(ld.inLanguage).toBe('de');
    expect(ld).toMatchObject({
      translationOfWork: { '@type': 'NewsArticle', url: 'https://news.example.com/ru/news/talks-ru', inLanguage: 'ru', headline: 'Переговоры' },
      workTranslation: [{ url: 'https://news.example.com/news/talks-fr', inLanguage: 'fr' }],
    });
  });

  it('the original is its own x-default, its translations its workTranslation', () => {
    const story: PublicStory = {
      ...base,
      slug: 'talks',
      language: 'en',
      translations: [{ language: 'ru', slug: 'talks-ru', headline: 'Переговоры', relation: 'translation', original: false }],
    };
    expect(languageAlternates(story, SITE.url)).toMatchObject({
      en: 'https://news.example.com/news/talks',
      'x-default': 'https://news.example.com/news/talks',
    });
    expect(newsArticleJsonLd(story, SITE)).toMatchObject({ workTranslation: [{ inLanguage: 'ru' }] });
    expect(newsArticleJsonLd(story, SITE)).not.toHaveProperty('translationOfWork');
  });

  it('with the original not public, every page of the family names the same x-default', () => {
    const ru: PublicStory = {
      ...base,
      translations: [{ language: 'fr', slug: 'talks-fr', headline: 'Pourparlers', relation: 'translation', original: false }],
    };
    const fr: PublicStory = {
      ...base,
      slug: 'talks-fr',
      language: 'fr',
      translations: [{ language: 'ru', slug: 'talks-ru', headline: 'Переговоры', relation: 'translation', original: false }],
    };
    expect(languageAlternates(ru, SITE.url)!['x-default']).toBe('https://news.example.com/news/talks-fr');
    expect(languageAlternates(fr, SITE.url)!['x-default']).toBe('https://news.example.com/news/talks-fr');
  });
});

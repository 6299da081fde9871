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

describe('a story’s other languages for search engines', () => {
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
        { language: 'en', slug: 'talks', headline: 'Talks', relation: 'original' },
        { language: 'ru', slug: 'talks-ru', headline: 'Переговоры', relation: 'source' },
        { language: 'fr', slug: 'talks-fr', headline: 'Pourparlers', relation: 'translation' },
      ],
    };
    expect(languageAlternates(story, SITE.url)).toEqual({
      de: 'https://news.example.com/news/talks-de',
      en: 'https://news.example.com/news/talks',
      ru: 'https://news.example.com/news/talks-ru',
      fr: 'https://news.example.com/news/talks-fr',
      'x-default': 'https://news.example.com/news/talks',
    });
    const ld = newsArticleJsonLd(story, SITE);
    expect(ld.inLanguage).toBe('de');
    expect(ld).toMatchObject({
      translationOfWork: { '@type': 'NewsArticle', url: 'https://news.example.com/news/talks-ru', inLanguage: 'ru', headline: 'Переговоры' },
      workTranslation: [{ url: 'https://news.example.com/news/talks-fr', inLanguage: 'fr' }],
    });
  });

  it('the original is its own x-default, its translations its workTranslation', () => {
    const story: PublicStory = {
      ...base,
      slug: 'talks',
      language: 'en',
      translations: [{ language: 'ru', slug: 'talks-ru', headline: 'Переговоры', relation: 'translation' }],
    };
    expect(languageAlternates(story, SITE.url)).toMatchObject({
      en: 'https://news.example.com/news/talks',
      'x-default': 'https://news.example.com/news/talks',
    });
    expect(newsArticleJsonLd(story, SITE)).toMatchObject({ workTranslation: [{ inLanguage: 'ru' }] });
    expect(newsArticleJsonLd(story, SITE)).not.toHaveProperty('translationOfWork');
  });
});

import type { Byline } from '@/lib/bylines/byline';
import { formatDateline } from './dateline';
import { storyPath } from './public-paths';

export type PublicStory = {
  slug: string;
  headline: string;
  subheadline: string;
  datelinePlace: string;
  datelineDate: Date | null;
  credit: string;
  language: string;
  firstPublishedAt: Date;
  publishedAt: Date;
  bodyText: string;
  correctionNote: string;
  section: { name: string; slug: string } | null;
  tags: { tag: { name: string; slug: string; kind: string } }[];
  image?: string | null;
  /** The byline, with each contributor page's path where there is one. */
  contributors?: (Byline & { href: string | null })[];
  /** The same news published in other languages. */
  translations?: { language: string; slug: string; headline: string; relation: 'source' | 'original' | 'translation'; original: boolean }[];
  /** It is its family's first story. */
  isOriginal?: boolean;
};

export const absolute = (siteUrl: string, path: string) => new URL(path, siteUrl).toString();

const AUTHOR_ROLES = new Set(['writer', 'reporter']);

/**
 * `author` as Person objects (with the contributor page as `url` where there is one):
 * the writers and reporters, the others (photos, translation, editing) as `contributor`.
 * A story without a byline is the agency's.
 */
function bylineJsonLd(story: PublicStory, site: { url: string; name: string }) {
  const person = (entry: Byline & { href: string | null }) => ({
    '@type': 'Person',
    name: entry.name,
    ...(entry.href ? { url: absolute(site.url, entry.href) } : {}),
  });
  const bylines = story.contributors ?? [];
  const authors = bylines.filter((entry) => AUTHOR_ROLES.has(entry.role));
  const others = bylines.filter((entry) => !AUTHOR_ROLES.has(entry.role));
  if (!authors.length)
    return { author: { '@type': 'Organization', name: story.credit || site.name }, ...(others.length ? { contributor: others.map(person) } : {}) };
  return { author: authors.map(person), ...(others.length ? { contributor: others.map(person) } : {}) };
}

/**
 * The story's other languages for search engines: the story it was translated from as
 * `translationOfWork`, its translations (and the family's other ones) as `workTranslation`.
 */
function translationsJsonLd(story: PublicStory, site: { url: string; name: string }) {
  const work = (t: NonNullable<PublicStory['translations']>[number]) => {
    const url = absolute(site.url, storyPath(t.slug, t.language));
    return { '@type': 'NewsArticle', '@id': url, url, headline: t.headline, inLanguage: t.language };
  };
  const translations = story.translations ?? [];
  const source = translations.find((t) => t.relation === 'source');
  const others = translations.filter((t) => t.relation === 'translation');
  return {
    ...(source ? { translationOfWork: work(source) } : {}),
    ...(others.length ? { workTranslation: others.map(work) } : {}),
  };
}

/**
 * Where each language's story is, for `hreflang` alternates: this story and its published
 * translations, and `x-default` the family's first story where readers may see it, else the
 * published member first by language code: the same on every page of the family, as search
 * engines need. Null for a story in one language only.
 */
export function languageAlternates(
  story: { slug: string; language: string; isOriginal?: boolean; translations?: { language: string; slug: string; original: boolean }[] },
  siteUrl: string,
): Record<string, string> | null {
  const translations = story.translations ?? [];
  if (!translations.length) return null;
  const members = [{ language: story.language, slug: story.slug, original: !!story.isOriginal }, ...translations];
  const first = members.find((m) => m.original) ?? [...members].sort((a, b) => a.language.localeCompare(b.language))[0]!;
  return {
    [story.language]: absolute(siteUrl, storyPath(story.slug, story.language)),
    ...Object.fromEntries(translations.map((t) => [t.language, absolute(siteUrl, storyPath(t.slug, t.language))])),
    'x-default': absolute(siteUrl, storyPath(first.slug, first.language)),
  };
}

/** Schema.org NewsArticle for a published story. */
export function newsArticleJsonLd(story: PublicStory, site: { url: string; name: string }) {
  const url = absolute(site.url, storyPath(story.slug, story.language));
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    headline: story.headline,
    description: story.subheadline || story.bodyText.slice(0, 200),
    datePublished: story.firstPublishedAt.toISOString(),
    dateModified: story.publishedAt.toISOString(),
    inLanguage: story.language,
    dateline: formatDateline({ place: story.datelinePlace, date: story.datelineDate, credit: story.credit, language: story.language }),
    articleSection: story.section?.name,
    keywords: story.tags.map(({ tag }) => tag.name),
    ...(story.image ? { image: [absolute(site.url, story.image)] } : {}),
    ...bylineJsonLd(story, site),
    ...translationsJsonLd(story, site),
    publisher: { '@type': 'Organization', name: site.name, url: site.url },
  };
}

type LiveBlogEntry = { id: string; bodyText: string; publishedAt: Date; updatedAt: Date; author: { name: string } };

/**
 * Schema.org LiveBlogPosting for live coverage: the article's fields, the coverage's
 * start and end, and each published entry as a liveBlogUpdate (newest first).
 */
export function liveBlogJsonLd(story: PublicStory & { liveEndedAt: Date | null }, entries: LiveBlogEntry[], site: { url: string; name: string }) {
  const article = newsArticleJsonLd(story, site);
  const latest = entries.reduce((max, entry) => (entry.updatedAt > max ? entry.updatedAt : max), story.publishedAt);
  return {
    ...article,
    '@type': 'LiveBlogPosting',
    dateModified: latest.toISOString(),
    coverageStartTime: story.firstPublishedAt.toISOString(),
    ...(story.liveEndedAt ? { coverageEndTime: story.liveEndedAt.toISOString() } : {}),
    liveBlogUpdate: [...entries]
      .sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime())
      .map((entry) => ({
        '@type': 'BlogPosting',
        url: `${article.url}#entry-${entry.id}`,
        headline: entry.bodyText.replace(/\s+/g, ' ').trim().slice(0, 110),
        articleBody: entry.bodyText,
        datePublished: entry.publishedAt.toISOString(),
        dateModified: entry.updatedAt.toISOString(),
        author: { '@type': 'Person', name: entry.author.name },
      })),
  };
}

/** JSON for an inline <script>: `<` escaped so the text can never close the element. */
export const scriptSafeJson = (value: unknown) =>
  JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/** The first image of a document, for social cards. */
export function firstImage(doc: unknown): string | null {
  const walk = (node: { type?: string; attrs?: { src?: unknown }; content?: unknown[] }): string | null => {
    if (node.type === 'figure' && typeof node.attrs?.src === 'string') return node.attrs.src;
    for (const child of (node.content ?? []) as (typeof node)[]) {
      const found = walk(child);
      if (found) return found;
    }
    return null;
  };
  return doc && typeof doc === 'object' ? walk(doc as never) : null;
}

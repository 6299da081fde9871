import { describe, expect, it } from 'vitest';
import { publicCacheControl } from './cache-control';
import { storyChangeKeys, storyKey, surrogateKeyHeader } from './surrogate-keys';

describe('the public Cache-Control policy', () => {
  it('gives shareable responses a shared lifetime, a short stale-while-revalidate and a day of stale-if-error; browsers revalidate', () => {
    expect(publicCacheControl('s-maxage=60, stale-while-revalidate=31535940')).toBe(
      'public, max-age=0, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400',
    );
    expect(publicCacheControl('public, max-age=300')).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=30, stale-if-error=86400');
    expect(publicCacheControl('public, max-age=31536000')).toContain('s-maxage=300,');
  });

  it('leaves private and uncacheable responses alone', () => {
    for (const value of ['private, no-store', 'no-cache', 'private, no-cache, no-store, max-age=0, must-revalidate', 'max-age=60', undefined]) {
      expect(publicCacheControl(value)).toBe(value);
    }
  });
});

describe('cache keys', () => {
  it('are header tokens whatever the slug', () => {
    expect(storyKey('a b/ü')).toMatch(/^story:[\w.~!*'()-]+$/);
  });

  it('a story change touches the story, the listings it may join, feeds, sitemaps and search', () => {
    expect(storyChangeKeys({ slug: 's', sectionSlug: 'world', topicSlug: 't', tagSlugs: ['putin'] })).toEqual([
      'story:s',
      'home',
      'feeds',
      'sitemaps',
      'search',
      'section:world',
      'topic:t',
      'tag:putin',
    ]);
  });

  it('the header always carries site, once', () => {
    expect(surrogateKeyHeader(['home', 'site', 'home'])).toBe('site home');
  });
});

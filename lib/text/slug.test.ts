import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlug } from './slug';

describe('slugs', () => {
  it('slugifies the seed headline', () => {
    expect(slugify('Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin')).toBe(
      'putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin',
    );
  });
  it('transliterates Cyrillic', () => {
    expect(slugify('Путин и Пашинян обсудят Карабах')).toBe('putin-i-pashinyan-obsudyat-karabah');
  });
  it('cuts long headlines at a word boundary', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
  it('never returns an empty slug', () => expect(slugify('!!!')).toBe('story'));
  it('adds a number when taken', () => expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3'));
});

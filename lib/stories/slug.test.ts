import { describe, expect, it } from 'vitest';
import { slugFromHeadline, uniqueSlug } from './slug';

describe('slugs', () => {
  it('slugifies the seed headline', () => {
    expect(slugFromHeadline('Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin')).toBe('putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin');
  });
  it('transliterates Cyrillic', () => {
    expect(slugFromHeadline('Путин и Пашинян обсудят Карабах')).toBe('putin-i-pashinyan-obsudyat-karabah');
  });
  it('cuts long headlines at a word boundary', () => {
    const slug = slugFromHeadline('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.endsWith('-')).toBe(false);
  });
  it('never returns an empty slug', () => expect(slugFromHeadline('!!!')).toBe('story'));
  it('adds a number when taken', () => expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3'));
});

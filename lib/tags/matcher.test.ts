import { describe, expect, it } from 'vitest';
import { DEMO_TAGS, readSeedStory } from '../../prisma/seed/demo-content';
import { TagMatcher } from './matcher';

const tags = DEMO_TAGS.map((tag) => ({ id: tag.name, names: [tag.name, ...tag.aliases] }));
const matcher = new TagMatcher(tags);
const found = (text: string) => [...new Set(matcher.find(text).map((hit) => hit.tagId))].sort();

describe('tag matcher', () => {
  it('finds every seed-story tag in the story and its background box', () => {
    const seed = readSeedStory();
    const text = [seed.headline, seed.subheadline, ...seed.paragraphs, ...seed.topicParagraphs].join('\n');
    const expected = [
      'Vladimir Putin',
      'Nikol Pashinyan',
      'Dmitry Peskov',
      'Ilham Aliyev',
      'Kremlin',
      'Russia',
      'Armenia',
      'Azerbaijan',
      'Nagorno-Karabakh',
      'Lachin Corridor',
      'Syunik',
      'Gegharkunik',
    ];
    expect(found(text)).toEqual(expect.arrayContaining(expected.sort()));
    expect(found(text)).not.toContain('Moscow'); // only in the dateline, which is not in the text
  });

  it('returns offsets into the original text', () => {
    const text = 'Kremlin Spokesman Dmitry Peskov told reporters.';
    const hit = matcher.find(text).find((h) => h.tagId === 'Dmitry Peskov')!;
    expect(text.slice(hit.start, hit.end)).toBe('Dmitry Peskov');
  });

  it('never matches inside another word', () => {
    expect(found('Russianness, Prussia, Armenian, Azerbaijani, Kremlinology, unKremlin')).toEqual([]);
    expect(found('Peskova and Putinism')).toEqual([]);
  });

  it('accepts possessives, curly or straight, and English plurals', () => {
    expect(found('Armenia’s border')).toEqual(['Armenia']);
    expect(found("Armenia's border")).toEqual(['Armenia']);
    expect(found('two Kremlins')).toEqual(['Kremlin']);
  });

  it('is case- and accent-insensitive and finds Cyrillic aliases with case endings', () => {
    expect(found('PUTIN spoke')).toEqual(['Vladimir Putin']);
    expect(found('Встреча Путина и Пашиняна в Кремле')).toEqual(['Kremlin', 'Nikol Pashinyan', 'Vladimir Putin']);
    expect(found('Ситуация в Армении и Азербайджане')).toEqual(['Armenia', 'Azerbaijan']);
    expect(found('Ilhám Alíyev')).toEqual(['Ilham Aliyev']);
  });

  it('stays quiet without a taxonomy', () => {
    expect(new TagMatcher([]).find('anything')).toEqual([]);
  });

  it('handles a large taxonomy', () => {
    const many = Array.from({ length: 20_000 }, (_, i) => ({ id: `t${i}`, names: [`Name${i} Surname${i}`] }));
    const big = new TagMatcher([...many, ...tags]);
    expect(big.patternCount).toBeGreaterThan(20_000);
    expect(
      big
        .find('Name123 Surname123 met Putin')
        .map((h) => h.tagId)
        .sort(),
    ).toEqual(['Vladimir Putin', 't123']);
  });
});

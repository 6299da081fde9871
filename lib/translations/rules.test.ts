import { describe, expect, it } from 'vitest';
import { isOriginalKilled, languagesLeft, translationRefusal, translationSlug } from './rules';

const NEWSROOM = ['en', 'ru', 'de'];

describe('translation rules', () => {
  it('allows a story in any state but spiked and killed into a newsroom language it does not have', () => {
    for (const status of ['DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED', 'SCHEDULED', 'PUBLISHED'] as const)
      expect(translationRefusal({ status, language: 'en' }, 'ru', [], NEWSROOM)).toBeNull();
  });

  it('refuses each bad request with its reason', () => {
    expect(translationRefusal({ status: 'SPIKED', language: 'en' }, 'ru', [], NEWSROOM)).toBe('A spiked story cannot be translated.');
    expect(translationRefusal({ status: 'KILLED', language: 'en' }, 'ru', [], NEWSROOM)).toBe('A killed story cannot be translated.');
    expect(translationRefusal({ status: 'DRAFT', language: 'en' }, 'en', [], NEWSROOM)).toBe('This story is already in English: choose another language.');
    expect(translationRefusal({ status: 'DRAFT', language: 'en' }, 'ru', ['en', 'ru'], NEWSROOM)).toBe(
      'This story already has a translation into Russian: open it from Translations.',
    );
    expect(translationRefusal({ status: 'DRAFT', language: 'en' }, 'fr', [], NEWSROOM)).toBe(
      'The newsroom does not publish in French: choose one of its languages.',
    );
    expect(translationRefusal({ status: 'DRAFT', language: 'en' }, 'xx', [], NEWSROOM)).toBe(
      'The newsroom does not publish in xx: choose one of its languages.',
    );
  });

  it('offers the languages the family lacks, in the newsroom’s order', () => {
    expect(languagesLeft({ language: 'ru' }, [], NEWSROOM)).toEqual(['en', 'de']);
    expect(languagesLeft({ language: 'ru' }, ['ru', 'en'], NEWSROOM)).toEqual(['de']);
    expect(languagesLeft({ language: 'ru' }, ['ru', 'en', 'de'], NEWSROOM)).toEqual([]);
  });

  it('names a translation after its family’s first story', () => {
    expect(translationSlug('talks-in-moscow', 'ru')).toBe('talks-in-moscow-ru');
    // Cut to leave room for the language and a "-2", within the 80 characters a slug may have.
    const long = translationSlug(`${'grain-corridor-talks-'.repeat(4)}resume`, 'ru');
    expect(long.length).toBeLessThanOrEqual(76);
    expect(long).toMatch(/^grain-corridor-talks-[a-z-]*[a-z]-ru$/);
  });

  it('flags a translation whose source or family original was killed, never the original itself', () => {
    const root = (status: 'KILLED' | 'PUBLISHED') => ({ id: 'root', status });
    expect(isOriginalKilled({ id: 'root', translationOf: null, translationRoot: root('KILLED') })).toBe(false);
    expect(isOriginalKilled({ id: 'solo', translationOf: null, translationRoot: null })).toBe(false);
    expect(isOriginalKilled({ id: 'ru', translationOf: { status: 'KILLED' }, translationRoot: root('KILLED') })).toBe(true);
    expect(isOriginalKilled({ id: 'de', translationOf: { status: 'PUBLISHED' }, translationRoot: root('KILLED') })).toBe(true);
    expect(isOriginalKilled({ id: 'de', translationOf: { status: 'KILLED' }, translationRoot: root('PUBLISHED') })).toBe(true);
    expect(isOriginalKilled({ id: 'de', translationOf: { status: 'PUBLISHED' }, translationRoot: root('PUBLISHED') })).toBe(false);
  });
});

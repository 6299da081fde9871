import { describe, expect, it } from 'vitest';
import { READER_LANGUAGES, readerMessages } from './reader-messages';

describe('reader messages', () => {
  it('have a text for every plural form their locale uses for whole numbers ("N new updates")', () => {
    for (const language of READER_LANGUAGES) {
      const t = readerMessages(language);
      const rules = new Intl.PluralRules(t.locale);
      for (let n = 0; n <= 200; n++) expect(t.newUpdates[rules.select(n)], `${language} ${n}`).toContain('{n}');
    }
    const ru = readerMessages('ru');
    const say = (n: number) => ru.newUpdates[new Intl.PluralRules(ru.locale).select(n)]!.replace('{n}', String(n));
    expect([1, 2, 5, 21, 22, 25, 111].map(say)).toEqual([
      '1 новое обновление',
      '2 новых обновления',
      '5 новых обновлений',
      '21 новое обновление',
      '22 новых обновления',
      '25 новых обновлений',
      '111 новых обновлений',
    ]);
  });

  it('read English for a language without a table', () => {
    expect(readerMessages('de').liveUpdates).toBe('Live updates');
  });
});

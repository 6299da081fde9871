import { describe, expect, it } from 'vitest';
import { creditFor, formatDateline, parseCredits } from './dateline';

describe('dateline', () => {
  it('renders the seed story dateline', () => {
    expect(formatDateline({ place: 'Moscow', date: new Date('2021-07-07T00:00:00Z'), credit: 'TASS' })).toBe('MOSCOW, July 7. /TASS/.');
  });
  it('leaves out what is missing', () => {
    expect(formatDateline({ place: 'Minsk', date: null, credit: 'TASS' })).toBe('MINSK. /TASS/.');
    expect(formatDateline({ place: '', date: null, credit: '' })).toBe('');
  });
  it('keeps Cyrillic places', () => {
    expect(formatDateline({ place: 'Москва', date: new Date('2021-12-31T00:00:00Z'), credit: 'ТАСС' })).toBe('МОСКВА, December 31. /ТАСС/.');
  });
  it('writes the date in the story language', () => {
    expect(formatDateline({ place: 'Москва', date: new Date('2026-11-30T00:00:00Z'), credit: 'ТАСС', language: 'ru' })).toBe('МОСКВА, 30 ноября. /ТАСС/.');
    expect(formatDateline({ place: 'Berlin', date: new Date('2026-07-07T00:00:00Z'), credit: 'TASS', language: 'de' })).toBe('BERLIN, 7. Juli. /TASS/.');
    expect(formatDateline({ place: 'Moscow', date: new Date('2021-07-07T00:00:00Z'), credit: 'TASS', language: 'en' })).toBe('MOSCOW, July 7. /TASS/.');
  });
  it('reads the credit per language', () => {
    expect(parseCredits(undefined, 'TASS')).toEqual({ ru: 'ТАСС' });
    expect(parseCredits(undefined, 'Reuters')).toEqual({});
    expect(parseCredits('ru=ТАСС; uk = ТАРС', 'TASS')).toEqual({ ru: 'ТАСС', uk: 'ТАРС' });
    expect(creditFor('uk', { uk: 'ТАРС' }, 'TASS')).toBe('ТАРС');
    expect(creditFor('fr', { uk: 'ТАРС' }, 'TASS')).toBe('TASS');
  });
});

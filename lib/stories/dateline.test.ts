import { describe, expect, it } from 'vitest';
import { formatDateline } from './dateline';

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
});

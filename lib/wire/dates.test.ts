import { describe, expect, it } from 'vitest';
import { parseWireDate } from './dates';

describe('parseWireDate', () => {
  it.each([
    ['2016-01-12T12:35:40Z', '2016-01-12T12:35:40.000Z'],
    ['2016-01-12T12:35:40.000Z', '2016-01-12T12:35:40.000Z'],
    ['2019-02-21T10:41:00+0100', '2019-02-21T09:41:00.000Z'],
    ['\n      2019-02-21T10:41:00+01:00\n   ', '2019-02-21T09:41:00.000Z'],
    ['20131020T192751+1100', '2013-10-20T08:27:51.000Z'],
    ['2016-04-13 04:52:21+00:00', '2016-04-13T04:52:21.000Z'],
    ['2022-07-11 18:33', '2022-07-11T18:33:00.000Z'],
    ['2016-01-12 12:35:40', '2016-01-12T12:35:40.000Z'],
    ['Tue, 10 Jun 2003 04:00:00 GMT', '2003-06-10T04:00:00.000Z'],
    ['2020-05-01', '2020-05-01T00:00:00.000Z'],
  ])('%j → %s', (raw, expected) => {
    expect(parseWireDate(raw)?.toISOString()).toBe(expected);
  });

  it.each(['', 'YYYYMMDD000000-HHMM', 'soon', undefined])('%j is no date', (raw) => {
    expect(parseWireDate(raw)).toBeNull();
  });
});

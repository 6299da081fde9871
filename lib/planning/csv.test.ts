import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from './csv';

describe('budget CSV', () => {
  it('neutralises what a spreadsheet would run as a formula', () => {
    for (const evil of ['=HYPERLINK("http://evil.test","x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(csvField(evil).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvField('=1+1')).toBe("'=1+1");
  });
  it('quotes commas, quotes and line breaks (RFC 4180) and leaves plain text alone', () => {
    expect(csvField('Kremlin, Moscow')).toBe('"Kremlin, Moscow"');
    expect(csvField('He said "no"')).toBe('"He said ""no"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('RUSSIA-ARMENIA')).toBe('RUSSIA-ARMENIA');
    expect(csvField(null)).toBe('');
  });
  it('writes a BOM, a header and CRLF rows', () => {
    expect(toCsv(['A', 'B'], [['1', '=2']])).toBe("\uFEFFA,B\r\n1,'=2\r\n");
  });
});

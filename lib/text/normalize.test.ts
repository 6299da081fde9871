import { describe, expect, it } from 'vitest';
import { zLine, zMultiline, ZId } from './fields';
import { normalizeLine, normalizeMultiline } from './normalize';

describe('text normalisation', () => {
  it('maps every spelling of a line break to a newline, and to a space on one line', () => {
    expect(normalizeMultiline('a\r\nb\rc\u000bd\u000ce\u0085f\u2028g\u2029h')).toBe('a\nb\nc\nd\ne\nf\ng\nh');
    expect(normalizeLine('a\r\nb\tc\u000bd')).toBe('a b c d');
  });

  it('removes C0 and C1 controls, U+FFFE, U+FFFF and lone surrogates, and keeps everything else', () => {
    expect(normalizeMultiline('\u0001a\u0007b\u001fc\u007fd\u0080e\u009ff\uFFFEg\uFFFFh\uD800i\uDFFFj')).toBe('abcdefghij');
    const kept = 'Москва — “quoted” 👩🏽‍💻 e\u0301 \u200F\u202E 𝔘 \t';
    expect(normalizeMultiline(kept)).toBe(kept);
  });

  it('fields refuse a NUL with a message and normalise the rest', () => {
    expect(zLine(20, 'long').safeParse('a\u0000').error?.issues[0]?.message).toMatch(/NUL/);
    expect(zMultiline(20, 'long').parse(' one\u000btwo ')).toBe('one\ntwo');
    expect(zLine(5, 'too long').safeParse('abcdef').error?.issues[0]?.message).toBe('too long');
  });

  it('ids are ids', () => {
    expect(ZId.safeParse('ckx1abc_DEF-9').success).toBe(true);
    expect(ZId.safeParse('a\u0000').success).toBe(false);
    expect(ZId.safeParse("1' OR '1'='1").success).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { SMALL_FIX_CHARS, textAuthorship, textChangeSize } from './edit-size';

const text = (bodyText: string, headline = 'Talks in Moscow') => ({ headline, subheadline: '', datelinePlace: 'MOSCOW', credit: 'TASS', bodyText });

describe('whose text it is', () => {
  it('measures a change by the span it touched in each part of the text', () => {
    expect(textChangeSize(text('Peskov said.'), text('Peskov said.'))).toBe(0);
    expect(textChangeSize(text('Peskov siad.'), text('Peskov said.'))).toBe(2);
    expect(textChangeSize(text('A', 'Talks'), text('A', 'Talks in Yerevan'))).toBe(11);
  });

  it("a small fix by a reviewer leaves the text the writer's, counting the fixer's characters; more than that makes it theirs", () => {
    const written = { textEditorId: 'writer', lastEditorId: 'writer', smallEditChars: 0 };
    const fixed = textAuthorship(written, 'reviewer', 2);
    expect(fixed).toEqual({ textEditorId: 'writer', smallEditChars: 2 });
    const again = textAuthorship({ ...fixed, lastEditorId: 'reviewer' }, 'reviewer', SMALL_FIX_CHARS - 2);
    expect(again).toEqual({ textEditorId: 'writer', smallEditChars: SMALL_FIX_CHARS });
    expect(textAuthorship({ ...again, lastEditorId: 'reviewer' }, 'reviewer', 1)).toEqual({ textEditorId: 'reviewer', smallEditChars: 0 });
    // The writer's own changes are always theirs; a correction note (no text change) makes nobody the writer.
    expect(textAuthorship(written, 'writer', 1)).toEqual({ textEditorId: 'writer', smallEditChars: 0 });
    expect(textAuthorship(written, 'reviewer', 0)).toEqual({ textEditorId: 'writer', smallEditChars: 0 });
  });
});

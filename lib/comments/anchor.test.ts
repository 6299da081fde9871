import { describe, expect, it } from 'vitest';
import { anchorAt, locateAnchor } from './anchor';

const text = 'Peskov said the talks went well.\nThe talks will continue on Friday, Peskov said.\n';

describe('text anchors', () => {
  it('finds the quoted phrase where it was', () => {
    const start = text.indexOf('talks will continue');
    const anchor = anchorAt(text, start, start + 'talks will continue'.length);
    expect(anchor).toMatchObject({ quote: 'talks will continue', suffix: ' on Friday, Peskov said.\n' });
    expect(locateAnchor(text, anchor)).toEqual({ start, end: start + anchor.quote.length });
  });

  it('survives edits to other paragraphs, before and after it', () => {
    const second = text.lastIndexOf('Peskov');
    const anchor = anchorAt(text, second, second + 6);
    const edited = `A new first paragraph.\n${text.replace('went well', 'went very well indeed')}And a last one.\n`;
    const found = locateAnchor(edited, anchor)!;
    expect(edited.slice(found.start, found.end)).toBe('Peskov');
    expect(edited.slice(found.start - 10, found.start)).toBe('n Friday, '); // the second Peskov, not the first
  });

  it('uses the context to choose between repeated phrases', () => {
    const first = text.indexOf('the talks');
    expect(locateAnchor(text, anchorAt(text, first, first + 9))!.start).toBe(first);
    const second = text.indexOf('The talks');
    expect(locateAnchor(text.toLowerCase(), anchorAt(text.toLowerCase(), second, second + 9))!.start).toBe(second);
  });

  it('reports the anchor lost when the phrase itself changed', () => {
    const start = text.indexOf('on Friday');
    const anchor = anchorAt(text, start, start + 9);
    expect(locateAnchor(text.replace('on Friday', 'on Monday'), anchor)).toBeNull();
  });
});

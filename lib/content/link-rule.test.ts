import { describe, expect, it } from 'vitest';
import { isAllowedHref } from './extensions';
import { validateBody } from './validate';

const linked = (href: string) => ({
  type: 'doc',
  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'the linked words', marks: [{ type: 'link', attrs: { href } }] }] }],
});
const serverAccepts = (href: string) => {
  try {
    validateBody(linked(href));
    return true;
  } catch {
    return false;
  }
};

// Addresses a browser's URL parser accepts (it drops tabs and line breaks) but the
// server, which stores every attribute as one line, would refuse; and ordinary ones.
const CORPUS = [
  'htt\tp://6\n6.000146.0x7.147/',
  'http://exa\nmple.com/',
  'https://example.com/\tpath',
  'https://example.com/a b',
  'http://66.102.7.147/',
  'https://example.com/?q=1&r=2',
  'mailto:desk@example.com',
  ' https://example.com ',
  'javascript:alert(1)',
  'data:text/html,x',
  'ftp://example.com/',
  '/relative/path',
  '#fragment',
  'htt p://6 6.000146.0x7.147/',
];

describe('the one link rule', () => {
  it('says of every address exactly what the server does on save', () => {
    for (const href of CORPUS) expect(isAllowedHref(href), JSON.stringify(href)).toBe(serverAccepts(href));
  });

  it('refuses an address a browser would read past its tab and line break', () => {
    expect(new URL('htt\tp://6\n6.000146.0x7.147/').protocol).toBe('http:'); // the browser's reading
    expect(isAllowedHref('htt\tp://6\n6.000146.0x7.147/')).toBe(false);
    expect(isAllowedHref('http://66.102.7.147/')).toBe(true);
  });

  it('names the linked words when the server refuses a link, so it can be found', () => {
    expect(() => validateBody(linked('javascript:alert(1)'))).toThrow();
    try {
      validateBody(linked('htt\tp://6\n6.000146.0x7.147/'));
    } catch (error) {
      expect(JSON.stringify((error as { fieldErrors: unknown }).fieldErrors)).toContain('(on “the linked words”)');
    }
  });
});

import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { XmlElement, xmlDocument } from './writer';

const HOSTILE =
  'R&D; AT&T; &UA; &nbsp; &lpar; &#0; ]]> <script>alert(1)</script> "q" \'a\' \u0000\u0007\u000b\u001f\uD800 \uFFFE\uFFFF \u200F RTL e\u0301 🗞️ 𝔘';

/** Parses strictly and returns the root's text and its attribute `a`. */
function parse(xml: string) {
  const parser = new SaxesParser({ xmlns: true });
  let text = '';
  let attr = '';
  parser.on('text', (t) => {
    text += t;
  });
  parser.on('opentag', (tag) => {
    if (tag.local === 'root') attr = String((tag.attributes as Record<string, { value: string }>).a?.value ?? '');
  });
  parser.write(xml).close();
  return { text: text.trim(), attr };
}

describe('the XML writer', () => {
  it('writes any text as text: entity look-alikes, CDATA ends, markup, controls, astral characters', () => {
    const xml = xmlDocument(new XmlElement('root', { a: HOSTILE, xmlns: 'urn:x' }).txt(HOSTILE));
    const { text, attr } = parse(xml);
    const withoutControls = HOSTILE.replace(/[\u0000\u0007\u000b\u001f\uD800\uFFFE\uFFFF]/g, '');
    expect(text).toBe(withoutControls);
    expect(attr).toBe(withoutControls);
  });

  it('keeps newlines and tabs in attributes', () => {
    expect(parse(xmlDocument(new XmlElement('root', { a: 'one\ntwo\tthree' }).txt('x'))).attr).toBe('one\ntwo\tthree');
  });

  it('refuses names that are not XML names (a programming error, never data)', () => {
    expect(() => new XmlElement('bad name')).toThrow();
    expect(() => new XmlElement('root').ele('x', { 'on load': '1' })).toThrow();
  });
});

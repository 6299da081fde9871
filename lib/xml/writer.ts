// The one XML writer for every document the newsroom emits (sitemaps, NewsML-G2, and
// anything added later). A string is always text: it is escaped here, whatever it
// contains (`&UA;`, `]]>`, `<script>`), and characters XML 1.0 cannot carry are dropped,
// so no stored text can make an output malformed.

type Attrs = Record<string, string | number | null | undefined>;
type Child = XmlElement | { text: string };

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;
/** Everything outside XML 1.0's Char production (controls, lone surrogates, U+FFFE/U+FFFF). */
const NOT_XML_CHAR = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with every character XML cannot carry removed. */
export const xmlChars = (text: string) => text.replace(NOT_XML_CHAR, '');

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };
// One pass each: a character to escape or one XML cannot carry (dropped).
const TEXT_SPECIAL = /[&<>]|[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ATTR_SPECIAL = /[&<>"\t\n\r]|[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const entity = (c: string) => ENTITIES[c] ?? '';

export const escapeXmlText = (text: string) => text.replace(TEXT_SPECIAL, entity);

export const escapeXmlAttr = (text: string) => text.replace(ATTR_SPECIAL, entity);

export class XmlElement {
  private readonly children: Child[] = [];
  private readonly attrs: [string, string][] = [];

  constructor(
    readonly name: string,
    attrs: Attrs = {},
  ) {
    if (!NAME.test(name)) throw new Error(`Not an XML name: ${name}`);
    this.att(attrs);
  }

  /** Adds attributes; null and undefined values are left out. */
  att(attrs: Attrs): this {
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined) continue;
      if (!NAME.test(name)) throw new Error(`Not an XML attribute name: ${name}`);
      this.attrs.push([name, String(value)]);
    }
    return this;
  }

  /** Appends a child element and returns it. */
  ele(name: string, attrs?: Attrs): XmlElement {
    const child = new XmlElement(name, attrs);
    this.children.push(child);
    return child;
  }

  /** Appends text (escaped when written) and returns this element. */
  txt(text: string): this {
    this.children.push({ text });
    return this;
  }

  /** Appends a child element holding only text; returns this element, for chains of leaves. */
  leaf(name: string, text: string, attrs?: Attrs): this {
    this.ele(name, attrs).txt(text);
    return this;
  }

  toString(): string {
    const attrs = this.attrs.map(([name, value]) => ` ${name}="${escapeXmlAttr(value)}"`).join('');
    if (!this.children.length) return `<${this.name}${attrs}/>`;
    const inner = this.children.map((child) => (child instanceof XmlElement ? child.toString() : escapeXmlText(child.text))).join('');
    return `<${this.name}${attrs}>${inner}</${this.name}>`;
  }
}

/** A whole document: the XML declaration and the root element. */
export const xmlDocument = (root: XmlElement) => `<?xml version="1.0" encoding="UTF-8"?>\n${root.toString()}\n`;

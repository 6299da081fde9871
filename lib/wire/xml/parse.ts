import { SaxesParser } from 'saxes';
import { WireError } from '../errors';

/** An element of a parsed XML document: namespace URI + local name, never the prefix. */
export type XElement = {
  kind: 'element';
  ns: string;
  name: string;
  attrs: Map<string, string>; // keyed by local name, or `{ns}local` for namespaced attributes
  children: XNode[];
};
export type XText = { kind: 'text'; text: string };
export type XNode = XElement | XText;

export const MAX_XML_DEPTH = 256;
export const MAX_XML_NODES = 200_000;
export const MAX_XML_ATTRIBUTES = 256;

/**
 * Parses XML safely: namespace-aware (saxes), with no DTD processing at all: no
 * external DTD or entity is fetched, and entities declared in an internal subset are
 * not expanded (a reference to one is an error), so XXE and entity-expansion bombs
 * cannot work. Depth and node count are bounded, and parsing stops at the first error
 * (a handler throws out of the parser): nothing after a refusal is read.
 */
export function parseXml(source: string): XElement {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const stack: XElement[] = [];
  let root: XElement | null = null;
  let nodes = 0;
  const fail = (message: string): never => {
    throw new WireError(message);
  };

  parser.on('doctype', (doctype) => {
    if (/<!ENTITY/i.test(doctype)) fail('The document declares entities (a DTD internal subset); such documents are refused.');
  });
  let attributes = 0;
  parser.on('opentagstart', () => {
    attributes = 0;
  });
  parser.on('attribute', () => {
    if (++attributes > MAX_XML_ATTRIBUTES) fail(`An element has more than ${MAX_XML_ATTRIBUTES} attributes.`);
  });
  parser.on('opentag', (tag) => {
    if (++nodes > MAX_XML_NODES) fail(`The document has more than ${MAX_XML_NODES} elements.`);
    if (stack.length >= MAX_XML_DEPTH) fail(`The document nests deeper than ${MAX_XML_DEPTH} elements.`);
    const attrs = new Map<string, string>();
    for (const attr of Object.values(tag.attributes)) {
      if (typeof attr === 'string') continue;
      if (attr.prefix === 'xmlns' || attr.name === 'xmlns') continue;
      attrs.set(attr.uri && attr.uri !== '' ? `{${attr.uri}}${attr.local}` : attr.local, attr.value);
    }
    const element: XElement = { kind: 'element', ns: tag.uri ?? '', name: tag.local ?? tag.name, attrs, children: [] };
    if (stack.length) stack.at(-1)!.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  const onText = (text: string) => {
    if (!stack.length) return;
    const last = stack.at(-1)!.children.at(-1);
    if (last?.kind === 'text') last.text += text;
    else stack.at(-1)!.children.push({ kind: 'text', text });
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('error', (e) => fail(`Malformed XML: ${e.message.replace(/^undefined:/, '').trim()}`));

  try {
    parser.write(source).close();
  } catch (e) {
    if (e instanceof WireError) throw e;
    fail(`Malformed XML: ${(e as Error).message.replace(/^undefined:/, '').trim()}`);
  }
  if (!root) throw new WireError('The document has no root element.');
  return root;
}

import type { XElement, XNode } from './parse';

export const NS = {
  g2: 'http://iptc.org/std/nar/2006-10-01/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  nitf: 'http://iptc.org/std/NITF/2006-10-18/',
  atom: 'http://www.w3.org/2005/Atom',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  rss1: 'http://purl.org/rss/1.0/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
  xml: 'http://www.w3.org/XML/1998/namespace',
} as const;

/** Child elements by local name, in any of `namespaces` ('' = no namespace). */
export function children(element: XElement | null | undefined, name: string, namespaces?: readonly string[]): XElement[] {
  if (!element) return [];
  return element.children.filter((c): c is XElement => c.kind === 'element' && c.name === name && (!namespaces || namespaces.includes(c.ns)));
}

export function child(element: XElement | null | undefined, name: string, namespaces?: readonly string[]): XElement | null {
  return children(element, name, namespaces)[0] ?? null;
}

/** Follows a path of local names. */
export function path(element: XElement | null | undefined, names: string[], namespaces?: readonly string[]): XElement | null {
  let current = element ?? null;
  for (const name of names) current = child(current, name, namespaces);
  return current;
}

export function elements(element: XElement | null | undefined): XElement[] {
  return element ? element.children.filter((c): c is XElement => c.kind === 'element') : [];
}

/** All descendants with a local name (depth first). */
export function descendants(element: XElement | null | undefined, name: string): XElement[] {
  const out: XElement[] = [];
  const walk = (node: XNode) => {
    if (node.kind !== 'element') return;
    if (node.name === name) out.push(node);
    node.children.forEach(walk);
  };
  element?.children.forEach(walk);
  return out;
}

/** The text content, whitespace collapsed and trimmed. */
export function text(element: XElement | null | undefined): string {
  if (!element) return '';
  let out = '';
  const walk = (node: XNode) => {
    if (node.kind === 'text') out += node.text;
    else node.children.forEach(walk);
  };
  walk(element);
  return out.replace(/\s+/g, ' ').trim();
}

export const attr = (element: XElement | null | undefined, name: string): string => element?.attrs.get(name)?.trim() ?? '';

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An element's content back as markup (local names only), for the HTML body converter. */
export function innerMarkup(element: XElement): string {
  const out: string[] = [];
  const walk = (node: XNode) => {
    if (node.kind === 'text') return void out.push(escape(node.text));
    const attrs = [...node.attrs]
      .filter(([k]) => !k.startsWith('{'))
      .map(([k, v]) => ` ${k}="${escape(v)}"`)
      .join('');
    out.push(`<${node.name}${attrs}>`);
    node.children.forEach(walk);
    out.push(`</${node.name}>`);
  };
  element.children.forEach(walk);
  return out.join('');
}

import type { TDocNode } from './document';
import { toRenderTree, VOID_TAGS, type RenderChild, type RenderOptions } from './render-tree';

// Text keeps its quotes as typed (they need no escaping there); attributes escape them.
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string) => escapeText(value).replace(/"/g, '&quot;');

function serialise(child: RenderChild): string {
  if (typeof child === 'string') return escapeText(child);
  const attrs = Object.entries(child.attrs)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  if (VOID_TAGS.has(child.tag)) return `<${child.tag}${attrs}>`;
  return `<${child.tag}${attrs}>${child.children.map(serialise).join('')}</${child.tag}>`;
}

/** The body as an HTML string, for feeds and exports. */
export function renderBodyHtml(doc: TDocNode, options: RenderOptions = {}): string {
  return toRenderTree(doc, options).map(serialise).join('');
}

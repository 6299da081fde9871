import { decodeHTML } from 'entities';
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { TDocNode } from '@/lib/content/document';
import { isAllowedHref } from '@/lib/content/extensions';
import { validateBody } from '@/lib/content/validate';
import { isAppError } from '@/lib/errors';
import { WireError } from './errors';

function checked(doc: TDocNode): TDocNode {
  try {
    return validateBody(doc);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new WireError(`The body cannot be used: ${Object.values(error.fieldErrors).flat()[0] ?? error.message}`);
  }
}

type Mark = NonNullable<TDocNode['marks']>[number];

const DROP = new Set(['script', 'style', 'head', 'title', 'header', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'form', 'button', 'select', 'hl1', 'body.head', 'body.end', 'tagline', 'media-metadata', 'media-producer']);
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hl2', 'blockquote', 'bq', 'ul', 'ol', 'dl', 'li', 'hr', 'table', 'tr', 'figure', 'img', 'media', 'pre', 'address']);
const CONTAINERS = new Set(['html', 'body', 'div', 'section', 'article', 'main', 'aside', 'footer', 'nav', 'block', 'body.content', 'nitf', 'thead', 'tbody', 'tfoot', 'center', 'fieldset', 'dd', 'dt']);

const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const nameOf = (el: Element) => el.name.toLowerCase().replace(/^.*:/, '');
const hasBlock = (el: Element): boolean => el.children.some((c) => isElement(c) && (BLOCKS.has(nameOf(c)) || CONTAINERS.has(nameOf(c)) || hasBlock(c)));

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return isElement(node) ? node.children.map(textOf).join('') : '';
}

function cleanInline(inline: TDocNode[]): TDocNode[] {
  const merged: TDocNode[] = [];
  for (const node of inline) {
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text' && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) last.text += node.text!;
    else merged.push({ ...node });
  }
  const first = merged[0];
  if (first?.type === 'text') first.text = first.text!.replace(/^\s+/, '');
  const end = merged.at(-1);
  if (end?.type === 'text') end.text = end.text!.replace(/\s+$/, '');
  while (merged.at(-1)?.type === 'hardBreak') merged.pop();
  return merged.filter((n) => n.type !== 'text' || n.text);
}

/**
 * Converts wire HTML (XHTML, HTML in feeds and ninjs, NITF body markup) into a
 * document of the editor's own schema: known elements map to its nodes and marks,
 * unknown ones are dropped but their text kept, scripts and styles go entirely, and
 * the result is checked by the same validation as a body saved from the editor.
 */
export function htmlToDoc(html: string): TDocNode {
  const dom = parseDocument(html.replace(/\u0000/g, ''), { decodeEntities: true, lowerCaseTags: true });

  const inlineOf = (nodes: ChildNode[], marks: Mark[]): TDocNode[] => nodes.flatMap((node): TDocNode[] => {
    if (node.type === 'text') {
      // Wire copy is often escaped twice (`&amp;#39;`): unescape once more, then collapse spaces.
      const value = decodeHTML(node.data).replace(/[\s\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? '\u00a0' : ' '));
      return value ? [{ type: 'text', text: value, ...(marks.length ? { marks } : {}) }] : [];
    }
    if (!isElement(node)) return [];
    const name = nameOf(node);
    if (DROP.has(name) || name === 'img' || name === 'media') return [];
    if (name === 'br') return [{ type: 'hardBreak' }];
    const add = (mark: Mark) => (marks.some((m) => m.type === mark.type) ? marks : [...marks, mark]);
    if (name === 'b' || name === 'strong') return inlineOf(node.children, add({ type: 'bold' }));
    if (name === 'i' || name === 'em') return inlineOf(node.children, add({ type: 'italic' }));
    if (name === 'a') {
      const href = (node.attribs.href ?? '').trim();
      return inlineOf(node.children, isAllowedHref(href) ? add({ type: 'link', attrs: { href } }) : marks);
    }
    return inlineOf(node.children, marks);
  });

  const paragraph = (inline: TDocNode[]): TDocNode[] => {
    const content = cleanInline(inline);
    return content.some((n) => n.type === 'text' && n.text!.trim()) ? [{ type: 'paragraph', content }] : [];
  };

  const figureOf = (el: Element): TDocNode[] => {
    const img = nameOf(el) === 'img' ? el : (el.children.find((c) => isElement(c) && nameOf(c) === 'img') as Element | undefined);
    const ref = nameOf(el) === 'media' ? (el.children.find((c) => isElement(c) && nameOf(c) === 'media-reference') as Element | undefined) : undefined;
    const src = (img?.attribs.src ?? ref?.attribs.source ?? '').trim();
    if (!/^https?:\/\//i.test(src)) return [];
    const captionEl = el.children.find((c) => isElement(c) && ['figcaption', 'media-caption'].includes(nameOf(c)));
    const caption = captionEl ? textOf(captionEl).replace(/\s+/g, ' ').trim() : '';
    const alt = (img?.attribs.alt ?? ref?.attribs.alternate_text ?? caption).trim();
    return [{ type: 'figure', attrs: { src, alt: alt.slice(0, 300), caption: caption.slice(0, 500), credit: '' } }];
  };

  const blocksOf = (nodes: ChildNode[]): TDocNode[] => {
    const out: TDocNode[] = [];
    let inline: TDocNode[] = [];
    const flush = () => { out.push(...paragraph(inline)); inline = []; };
    for (const node of nodes) {
      if (!isElement(node)) {
        if (node.type === 'text') inline.push(...inlineOf([node], []));
        continue;
      }
      const name = nameOf(node);
      if (DROP.has(name)) continue;
      if (!BLOCKS.has(name) && !CONTAINERS.has(name) && !hasBlock(node)) { inline.push(...inlineOf([node], [])); continue; }
      flush();
      if (name === 'p' || name === 'pre' || name === 'address') out.push(...(hasBlock(node) ? blocksOf(node.children) : paragraph(inlineOf(node.children, []))));
      else if (/^h[1-6]$/.test(name) || name === 'hl2') {
        const content = cleanInline(inlineOf(node.children, []));
        if (content.length) out.push({ type: 'heading', attrs: { level: name === 'h1' || name === 'h2' ? 2 : 3 }, content });
      } else if (name === 'blockquote' || name === 'bq') {
        const content = blocksOf(node.children).filter((b) => b.type !== 'figure');
        if (content.length) out.push({ type: 'blockquote', content });
      } else if (name === 'ul' || name === 'ol') {
        const items = node.children.filter((c): c is Element => isElement(c) && nameOf(c) === 'li')
          .map((li) => blocksOf(li.children).filter((b) => b.type === 'paragraph'))
          .filter((content) => content.length)
          .map((content) => ({ type: 'listItem', content }));
        if (items.length) out.push({ type: name === 'ul' ? 'bulletList' : 'orderedList', content: items });
      } else if (name === 'hr') out.push({ type: 'horizontalRule' });
      else if (name === 'table') {
        for (const row of node.children.flatMap((c) => (isElement(c) && ['thead', 'tbody', 'tfoot'].includes(nameOf(c)) ? c.children : [c]))) {
          if (!isElement(row) || nameOf(row) !== 'tr') continue;
          const cells = row.children.filter(isElement).map((cell) => textOf(cell).replace(/\s+/g, ' ').trim()).filter(Boolean);
          if (cells.length) out.push({ type: 'paragraph', content: [{ type: 'text', text: cells.join(' | ') }] });
        }
      } else if (name === 'tr') out.push(...paragraph([{ type: 'text', text: node.children.filter(isElement).map((c) => textOf(c).trim()).join(' | ') }]));
      else if (name === 'figure' || name === 'img' || name === 'media') out.push(...figureOf(node));
      else out.push(...blocksOf(node.children)); // li outside a list, containers, unknown elements holding blocks
    }
    flush();
    return out;
  };

  const content = blocksOf(dom.children);
  return checked({ type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] });
}

/** Plain text (paragraphs split on blank lines) as a document. */
export function textToDoc(value: string): TDocNode {
  const paragraphs = value.replace(/\u0000/g, '').replace(/\r\n?/g, '\n').split(/\n\s*\n|\n(?=\s{2,})/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return checked({ type: 'doc', content: paragraphs.length ? paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) : [{ type: 'paragraph' }] });
}

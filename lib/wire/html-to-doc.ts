import { decodeHTML } from 'entities';
import { DomHandler, Parser } from 'htmlparser2';
import { Element as DomElement, Text as DomText, type ChildNode, type Element } from 'domhandler';
import type { TDocNode } from '@/lib/content/document';
import { embedAttrs, MAX_EMBED_CAPTION, parseEmbed } from '@/lib/content/embeds';
import { isAllowedHref } from '@/lib/content/extensions';
import { cellCount, MAX_TABLE_CELLS, tableAsParagraphs } from '@/lib/content/table-text';
import { docToPlainText } from '@/lib/content/text';
import { checkDocument } from '@/lib/content/validate';
import { isAppError } from '@/lib/errors';
import { autoParagraphs, isModuleClass, roleOfClass, roleOfElement, stripShortcodes } from './body-dialects';
import { WireError } from './errors';
import { isNoticeRegion, isPageControl, isTrackingImage, WIDGET_TEXT_MAX } from './feed-furniture';
import type { XElement, XNode } from './xml/parse';
import { innerMarkup } from './xml/tree';

/**
 * What a body says about fields outside it: a byline or dateline paragraph (which then
 * leaves the body). The caller may name the headline, so a first heading repeating it
 * (TT's RUBRIK, an XHTML h1) is not taken into the body twice.
 */
export type BodyFindings = { headline?: string; byline?: string; dateline?: string };

const sameText = (a: string, b: string) => a.replace(/\s+/g, ' ').trim().toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
/** A heading that is the headline again, give or take a little word ("the offer balance" for "offer balance"). */
export function sameHeadline(heading: string, headline: string): boolean {
  if (sameText(heading, headline)) return true;
  const words = (text: string) =>
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const [a, b] = [words(heading), words(headline)];
  const [longer, shorter] = a.length >= b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && longer.length - shorter.length <= 2 && shorter.every((w) => longer.includes(w));
}

function checked(doc: TDocNode): TDocNode {
  try {
    return checkDocument(doc);
  } catch (error) {
    if (!isAppError(error)) throw error;
    throw new WireError(`The body cannot be used: ${Object.values(error.fieldErrors).flat()[0] ?? error.message}`);
  }
}

type Mark = NonNullable<TDocNode['marks']>[number];

const docToText = (node: TDocNode) =>
  docToPlainText({ type: 'doc', content: [node] })
    .replace(/\s+/g, ' ')
    .trim();

const DROP = new Set([
  'script',
  'style',
  'head',
  'title',
  'header',
  'iframe',
  'object',
  'embed',
  'noscript',
  'template',
  'svg',
  'math',
  'form',
  'button',
  'select',
  'hl1',
  'body.head',
  'body.end',
  'tagline',
  'media-metadata',
  'media-producer',
]);
const BLOCKS = new Set([
  'p',
  'iframe',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hl2',
  'blockquote',
  'bq',
  'ul',
  'ol',
  'dl',
  'li',
  'hr',
  'table',
  'tr',
  'figure',
  'img',
  'media',
  'pre',
  'address',
]);
// TT's NITF dialect names its parts as elements (BODY, TEXT, INGRESS, BRODTEXT…): the containers among them hold paragraphs.
const CONTAINERS = new Set([
  'html',
  'body',
  'div',
  'section',
  'article',
  'main',
  'aside',
  'footer',
  'nav',
  'block',
  'body.content',
  'nitf',
  'thead',
  'tbody',
  'tfoot',
  'center',
  'fieldset',
  'dd',
  'dt',
  'text',
  'ingress',
  'brodtext',
  'fakta',
  'faktaruta',
]);

/** Blocks that make an element around them a wrapper, whatever its name says (a heading holding paragraphs). */
const PARAGRAPHS = new Set(['p', 'blockquote', 'bq', 'ul', 'ol', 'table']);
/** Advertising, tracking and "share" services feeds embed: their images are furniture, not pictures. */
const FEED_FURNITURE =
  /doubleclick\.net|pheedo\.com|pheedcontent\.com|feedsportal\.com|feeds\.feedburner\.com\/~(?:ff|a|r)\/|addtoany\.com|sharethis\.com|adsrvr\.org|bluekai\.com|facebook\.com\/sharer|twitter\.com\/(?:intent|share)|\/\/ads?\./i;
const isElement = (node: ChildNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const nameOf = (el: Element) => el.name.toLowerCase().replace(/^.*:/, '');

function textOf(node: ChildNode): string {
  if (node.type === 'text') return node.data;
  return isElement(node) ? node.children.map(textOf).join('') : '';
}

/** Elements that only group others: one holding a page's notice region, with a few words beside it, is that notice. */
const GROUPS = new Set(['div', 'section', 'aside', 'span']);
/**
 * A page's control (see feed-furniture), or its notice: a notice region, or the division holding one, with no more
 * than a few words (a notice and its "Dismiss" button). Looks at the element's own children only, and reads the
 * text of none but a notice's.
 */
const isPageWidget = (el: Element) =>
  isPageControl(el.attribs) ||
  ((isNoticeRegion(el.attribs) || (GROUPS.has(nameOf(el)) && el.children.some((c) => isElement(c) && isNoticeRegion(c.attribs)))) &&
    textOf(el).replace(/\s+/g, ' ').trim().length <= WIDGET_TEXT_MAX);

/**
 * A player set into the copy: an embed when the embed allowlist knows its address (a YouTube
 * video, a map, a chart), loaded on the reader's click like one added on the desk; any
 * other frame is left out.
 */
function embedOf(el: Element, caption = ''): TDocNode[] {
  const src = (el.attribs.src ?? '').trim();
  const embed = parseEmbed(src.startsWith('//') ? `https:${src}` : src);
  return embed ? [{ type: 'embed', attrs: embedAttrs(embed, caption) }] : [];
}

/** The first player frame inside an element. */
const firstFrame = (el: Element): Element | undefined => {
  for (const c of el.children) {
    if (!isElement(c)) continue;
    const found = nameOf(c) === 'iframe' ? c : firstFrame(c);
    if (found) return found;
  }
  return undefined;
};

/** What a module's label never holds. */
const NOT_A_LABEL = new Set(['img', 'figure', 'picture', 'video', 'iframe', 'media', 'table', 'ul', 'ol', 'p']);
const holdsAny = (el: Element, names: ReadonlySet<string>): boolean => el.children.some((c) => isElement(c) && (names.has(nameOf(c)) || holdsAny(c, names)));

/** The most words, and characters, a module's label has ("Editor's Pick", "Read also", "Mehr zum Thema"). */
const MODULE_LABEL_WORDS = 5;
const MODULE_LABEL_CHARS = 40;
/** A sentence's end, in the scripts agencies write in. */
const SENTENCE_END = /[.!?…。！？।؟]$/;

/**
 * A frame around a module that is dropped (related articles, a widget) whose only other
 * content is the module's label: the label goes with it, or "Editor's Pick" would be left
 * standing in the story as a paragraph of its own.
 */
const isModuleFrame = (el: Element) => {
  const parts = el.children.filter((c) => isElement(c) || textOf(c).trim());
  const modules = parts.filter((c) => isElement(c) && (isModuleClass(c.attribs.class) || isPageWidget(c)));
  if (!modules.length) return false;
  const rest = parts.filter((c) => !modules.includes(c));
  // A frame, or a part of it, that names what it is (a byline, a dateline, a picture) is never a label.
  const hasRole = (c: Element): boolean =>
    (roleOfClass(c.attribs.class) ?? roleOfElement(nameOf(c))) !== null || c.children.some((d) => isElement(d) && hasRole(d));
  if (roleOfClass(el.attribs.class) !== null) return false;
  if (rest.some((c) => isElement(c) && (NOT_A_LABEL.has(nameOf(c)) || holdsAny(c, NOT_A_LABEL) || hasRole(c)))) return false;
  const label = rest
    .map((c) => textOf(c))
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
  return label.length <= MODULE_LABEL_CHARS && label.split(' ').length <= MODULE_LABEL_WORDS && !SENTENCE_END.test(label);
};

/** A blank line in loose text ends a paragraph, as in text without markup (WordPress's wpautop does the same beside `<p>`). */
const BLANK_LINE = /\n[ \t\r\u00a0]*\n/;

/** How deep a body's markup may nest: real copy stays far below it; anything deeper is refused, so no walk below goes deeper either. */
export const MAX_BODY_DEPTH = 100;
const tooDeep = () => new WireError(`The body's markup nests deeper than ${MAX_BODY_DEPTH} elements: send it with flatter markup (or as plain text).`);

/** Builds the tree of HTML text as htmlparser2 reads it, refusing it at the first element nested deeper than MAX_BODY_DEPTH (a hostile body may nest 40,000 deep). */
class DepthBoundedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>) {
    if (this.tagStack.length > MAX_BODY_DEPTH) throw tooDeep();
    super.onopentag(name, attribs);
  }
}

function parseHtml(html: string) {
  const handler = new DepthBoundedHandler();
  new Parser(handler, { decodeEntities: true, lowerCaseTags: true, recognizeSelfClosing: true }).end(html);
  return handler.root;
}

/** Refuses XML markup nested deeper than MAX_BODY_DEPTH, walking it without recursion. */
function assertBodyDepth(roots: XNode[], childrenOf: (node: XNode) => XNode[] | undefined) {
  const stack: [XNode, number][] = roots.map((root) => [root, 0]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    const children = childrenOf(node);
    if (!children?.length) continue;
    if (depth >= MAX_BODY_DEPTH) throw tooDeep();
    for (const child of children) stack.push([child, depth + 1]);
  }
}

/** Markup written out as text inside the text (an embed code escaped twice): its words, without scripts and styles; linear in the text's length. */
function textOfEscapedMarkup(value: string): string {
  const lower = value.toLowerCase();
  let out = '';
  let at = 0;
  const opening = /<(script|style)\b/g;
  for (;;) {
    opening.lastIndex = at;
    const found = opening.exec(lower);
    if (!found) break;
    const start = found.index;
    const tag = found[1]!;
    const close = lower.indexOf(`</${tag}`, start);
    out += value.slice(at, start);
    if (close < 0) {
      at = value.length;
      break;
    }
    const end = lower.indexOf('>', close);
    at = end < 0 ? value.length : end + 1;
  }
  out += value.slice(at);
  return out.replace(/<[^<>]+>/g, ' ');
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
export function htmlToDoc(html: string | XElement, found: BodyFindings = {}): TDocNode {
  if (typeof html !== 'string') assertBodyDepth([html], (node) => (node.kind === 'element' ? node.children : undefined));
  // Markup that separates paragraphs with blank lines alone is read as text is (see autoParagraphs).
  if (typeof html !== 'string' && paragraphsByBlankLines(html)) return htmlToDoc(innerMarkup(html), found);
  const dom = typeof html === 'string' ? parseHtml(autoParagraphs(stripShortcodes(html.replace(/\u0000/g, '')))) : { children: xmlChildren(html) };
  // Whether an element holds blocks somewhere inside it, worked out once per element.
  const holdsBlocks = new WeakMap<Element, boolean>();
  const hasBlock = (el: Element): boolean => {
    let known = holdsBlocks.get(el);
    if (known === undefined) {
      known = el.children.some((c) => isElement(c) && (BLOCKS.has(nameOf(c)) || CONTAINERS.has(nameOf(c)) || hasBlock(c)));
      holdsBlocks.set(el, known);
    }
    return known;
  };
  const blockText = (el: Element): string =>
    el.children
      .map((c) =>
        isElement(c) && nameOf(c) === 'iframe'
          ? '' // its content is the fallback for browsers without frames
          : isElement(c) && (BLOCKS.has(nameOf(c)) || CONTAINERS.has(nameOf(c)))
            ? ` ${blockText(c)} `
            : isElement(c)
              ? blockText(c)
              : c.type === 'text'
                ? c.data
                : '',
      )
      .join('');

  const inlineOf = (nodes: ChildNode[], marks: Mark[]): TDocNode[] =>
    nodes.flatMap((node): TDocNode[] => {
      if (node.type === 'text') {
        // Wire copy is often escaped twice (`&amp;#39;`): unescape once more, then collapse spaces.
        let value = decodeHTML(node.data);
        // Markup escaped twice (an embed code pasted as text) is markup, not words: only its text stays.
        if (/<\/?[a-z][^<>]*>/i.test(value)) value = textOfEscapedMarkup(value);
        value = value.replace(/[\s\u00a0]+/g, (m) => (m.includes('\u00a0') && m.length === 1 ? '\u00a0' : ' '));
        return value ? [{ type: 'text', text: value, ...(marks.length ? { marks } : {}) }] : [];
      }
      if (!isElement(node)) return [];
      const name = nameOf(node);
      if (DROP.has(name) || name === 'img' || name === 'media' || isPageWidget(node)) return [];
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

  const childNamed = (el: Element, name: string) => el.children.find((c) => isElement(c) && nameOf(c) === name) as Element | undefined;
  const figureOf = (el: Element): TDocNode[] => {
    if (nameOf(el) === 'bild') {
      // TT: BILDFIL is the picture, BILDTEXT its caption, BILDSKAPARE the photographer.
      const src = textOf(childNamed(el, 'bildfil') ?? el).trim();
      if (!/^https?:\/\//i.test(src)) return [];
      const caption = textOf(childNamed(el, 'bildtext') ?? ({ children: [] } as unknown as Element))
        .replace(/\s+/g, ' ')
        .trim();
      const credit = textOf(childNamed(el, 'bildskapare') ?? ({ children: [] } as unknown as Element))
        .replace(/\s+/g, ' ')
        .trim();
      return [{ type: 'figure', attrs: { src, alt: caption.slice(0, 300), caption: caption.slice(0, 500), credit: credit.slice(0, 120) } }];
    }
    const img = nameOf(el) === 'img' ? el : (el.children.find((c) => isElement(c) && nameOf(c) === 'img') as Element | undefined);
    // A figure around a player (WordPress's embed block): the player, captioned.
    const frame = !img && nameOf(el) === 'figure' ? firstFrame(el) : undefined;
    if (frame) {
      const captionEl = el.children.find((c) => isElement(c) && nameOf(c) === 'figcaption');
      const caption = captionEl ? textOf(captionEl).replace(/\s+/g, ' ').trim().slice(0, MAX_EMBED_CAPTION) : '';
      return embedOf(frame, caption);
    }
    const ref = nameOf(el) === 'media' ? (el.children.find((c) => isElement(c) && nameOf(c) === 'media-reference') as Element | undefined) : undefined;
    const src = (img?.attribs.src ?? ref?.attribs.source ?? '').trim();
    if (!/^https?:\/\//i.test(src)) return [];
    // A tracking pixel is no picture, nor a feed's advertising or "share" button (the image, or the link around it, at such a service).
    const size = (value: string | undefined) => (value === undefined ? NaN : Number.parseInt(value, 10));
    if (img && (size(img.attribs.width) <= 1 || size(img.attribs.height) <= 1)) return [];
    const captionEl = el.children.find((c) => isElement(c) && ['figcaption', 'media-caption'].includes(nameOf(c)));
    const caption = captionEl ? textOf(captionEl).replace(/\s+/g, ' ').trim() : '';
    // Nor is a counter: no alt, no size, a script's address naming no image file (an image with a caption is a picture).
    if (img && !caption && isTrackingImage(img.attribs)) return [];
    const link = el.parent && isElement(el.parent as ChildNode) && nameOf(el.parent as Element) === 'a' ? ((el.parent as Element).attribs.href ?? '') : '';
    if (FEED_FURNITURE.test(src) || FEED_FURNITURE.test(link)) return [];
    // An image hidden from readers (a video player's placeholder) is no picture either.
    if (img && (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(img.attribs.style ?? '') || img.attribs.hidden !== undefined)) return [];
    const alt = (img?.attribs.alt ?? ref?.attribs.alternate_text ?? caption).trim();
    const creditEl = el.children.find((c) => isElement(c) && roleOfClass(c.attribs.class) === 'byline') as Element | undefined;
    const credit = creditEl ? textOf(creditEl).replace(/\s+/g, ' ').trim() : '';
    return [{ type: 'figure', attrs: { src, alt: alt.slice(0, 300), caption: caption.slice(0, 500), credit: credit.slice(0, 120) } }];
  };

  /** A table as a table: header cells, spans, alignment and caption kept; cells hold paragraphs and lists. */
  const tableOf = (table: Element): TDocNode[] => {
    const sections = table.children.filter(isElement);
    const caption = sections.find((c) => nameOf(c) === 'caption');
    const rowsOf = (section: Element, header: boolean) =>
      section.children.filter((c): c is Element => isElement(c) && nameOf(c) === 'tr').map((tr) => ({ tr, header }));
    const rows = sections.flatMap((c) =>
      nameOf(c) === 'tr' ? [{ tr: c, header: false }] : ['thead', 'tbody', 'tfoot'].includes(nameOf(c)) ? rowsOf(c, nameOf(c) === 'thead') : [],
    );
    const content = rows
      .map(({ tr, header }) => ({
        type: 'tableRow',
        content: tr.children
          .filter((c): c is Element => isElement(c) && (nameOf(c) === 'td' || nameOf(c) === 'th'))
          .map((cell) => {
            const span = (value: string | undefined) => Math.min(Math.max(Number.parseInt(value ?? '1', 10) || 1, 1), 100);
            // Alignment as an attribute, an inline style, or a class (`align-right`, as we send it; `text-right`).
            const align = (
              cell.attribs.align ??
              /text-align:\s*(left|right|center)/i.exec(cell.attribs.style ?? '')?.[1] ??
              /\b(?:align|text)-(left|right|center)\b/i.exec(cell.attribs.class ?? '')?.[1] ??
              ''
            ).toLowerCase();
            const blocks = blocksOf(cell.children).flatMap((b): TDocNode[] =>
              b.type === 'paragraph' || b.type === 'bulletList' || b.type === 'orderedList'
                ? [b]
                : b.type === 'heading' || b.type === 'blockquote'
                  ? [{ type: 'paragraph', content: b.type === 'heading' ? b.content : [{ type: 'text', text: docToText(b) }] }]
                  : b.type === 'table'
                    ? tableAsParagraphs(b)
                    : [],
            );
            return {
              type: header || nameOf(cell) === 'th' ? 'tableHeader' : 'tableCell',
              attrs: {
                colspan: span(cell.attribs.colspan),
                rowspan: span(cell.attribs.rowspan),
                align: ['left', 'right', 'center'].includes(align) ? align : null,
              },
              content: blocks.length ? blocks : [{ type: 'paragraph' }],
            };
          }),
      }))
      .filter((row) => row.content.length);
    if (!content.length) return [];
    const node: TDocNode = { type: 'table', attrs: { caption: caption ? textOf(caption).replace(/\s+/g, ' ').trim() : '' }, content };
    // Past the limit a table is kept as text, a paragraph per row.
    return cellCount(node) > MAX_TABLE_CELLS ? tableAsParagraphs(node) : [node];
  };

  const blocksOf = (nodes: ChildNode[]): TDocNode[] => {
    const out: TDocNode[] = [];
    let inline: TDocNode[] = [];
    const flush = () => {
      out.push(...paragraph(inline));
      inline = [];
    };
    for (const node of nodes) {
      if (!isElement(node)) {
        if (node.type !== 'text') continue;
        // Loose text split by blank lines is paragraphs, even beside markup that has its own.
        const parts = BLANK_LINE.test(node.data) ? node.data.split(BLANK_LINE) : [node.data];
        parts.forEach((part, i) => {
          if (i) flush();
          inline.push(...inlineOf([new DomText(part)], []));
        });
        continue;
      }
      const name = nameOf(node);
      if (name === 'iframe') {
        flush();
        out.push(...embedOf(node));
        continue;
      }
      if (DROP.has(name) || isPageWidget(node) || (CONTAINERS.has(name) && isModuleFrame(node))) continue;
      // A class names the part (NTB, dpa…), or the element itself does (TT: RUBRIK, DAT, MELLIS, CITAT, BYLINE, BILD).
      const role = roleOfClass(node.attribs.class) ?? roleOfElement(name);
      if (role === 'drop') continue;
      if (role === 'byline' || role === 'dateline') {
        flush();
        // TT's DAT holds the place in ORT (and the reporting desk in SOURCE).
        const place = node.children.find((c) => isElement(c) && nameOf(c) === 'ort') as Element | undefined;
        const kept = node.children.filter((c) => !(isElement(c) && (roleOfClass(c.attribs.class) ?? roleOfElement(nameOf(c))) === 'drop'));
        const value = (place ? textOf(place) : kept.map((c) => (isElement(c) ? blockText(c) : textOf(c))).join(' ')).replace(/\s+/g, ' ').trim();
        if (value && !found[role]) found[role] = value;
        continue;
      }
      if (role === 'picture') {
        flush();
        out.push(...figureOf(node));
        continue;
      }
      if (role === 'subheading' || role === 'quote') {
        flush();
        const content = cleanInline(inlineOf(node.children, []));
        if (content.length)
          out.push(
            role === 'subheading' ? { type: 'heading', attrs: { level: 3 }, content } : { type: 'blockquote', content: [{ type: 'paragraph', content }] },
          );
        continue;
      }
      if (!BLOCKS.has(name) && !CONTAINERS.has(name) && !hasBlock(node)) {
        inline.push(...inlineOf([node], []));
        continue;
      }
      flush();
      if (name === 'p' || name === 'pre' || name === 'address')
        out.push(...(hasBlock(node) ? blocksOf(node.children) : paragraph(inlineOf(node.children, []))));
      else if (/^h[1-6]$/.test(name) || name === 'hl2') {
        // A heading that repeats the headline (an XHTML h1, TT's RUBRIK) is the headline, not body.
        if (found.headline && !out.length && sameHeadline(blockText(node), found.headline)) continue;
        // A "heading" wrapped around paragraphs is no heading (TT's lead in an h4): its blocks are body blocks.
        if (node.children.some((c) => isElement(c) && PARAGRAPHS.has(nameOf(c)))) {
          out.push(...blocksOf(node.children));
          continue;
        }
        // A heading holding other blocks keeps their text, with spaces between them.
        const content = hasBlock(node)
          ? [{ type: 'text', text: blockText(node).replace(/\s+/g, ' ').trim() }].filter((n) => n.text)
          : cleanInline(inlineOf(node.children, []));
        if (content.length) out.push({ type: 'heading', attrs: { level: name === 'h1' || name === 'h2' ? 2 : 3 }, content });
      } else if (name === 'blockquote' || name === 'bq') {
        const content = blocksOf(node.children).filter((b) => b.type !== 'figure');
        if (content.length) out.push({ type: 'blockquote', content });
      } else if (name === 'ul' || name === 'ol') {
        const items = node.children
          .filter((c): c is Element => isElement(c) && nameOf(c) === 'li')
          .map((li) => blocksOf(li.children).filter((b) => b.type === 'paragraph'))
          .filter((content) => content.length)
          .map((content) => ({ type: 'listItem', content }));
        if (items.length) out.push({ type: name === 'ul' ? 'bulletList' : 'orderedList', content: items });
      } else if (name === 'hr') out.push({ type: 'horizontalRule' });
      else if (name === 'table') out.push(...tableOf(node));
      else if (name === 'tr')
        out.push(
          ...paragraph([
            {
              type: 'text',
              text: node.children
                .filter(isElement)
                .map((c) => textOf(c).trim())
                .join(' | '),
            },
          ]),
        );
      else if (name === 'figure' || name === 'img' || name === 'media') out.push(...figureOf(node));
      else out.push(...blocksOf(node.children)); // li outside a list, containers, unknown elements holding blocks
    }
    flush();
    return out;
  };

  const content = blocksOf(dom.children);
  return checked({ type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] });
}

/**
 * An XML element's children (XHTML or NITF markup already parsed with the document) as
 * the HTML tree the converter walks: no second serialise-and-parse round, and the XML's
 * own structure kept (an HTML parser would reshape `<br></br>` or nested paragraphs).
 */
function paragraphsByBlankLines(element: XElement): boolean {
  let paragraphs = false;
  let blankLine = false;
  const stack: XNode[] = [...element.children];
  while (stack.length && !paragraphs) {
    const node = stack.pop()!;
    if (node.kind === 'text') blankLine ||= /\n\s*\n/.test(node.text);
    else if (node.name.toLowerCase() === 'p') paragraphs = true;
    else stack.push(...node.children);
  }
  return blankLine && !paragraphs;
}

function xmlChildren(element: XElement): ChildNode[] {
  const convert = (node: XNode): ChildNode => {
    if (node.kind === 'text') return new DomText(node.text);
    const attribs: Record<string, string> = {};
    for (const [key, value] of node.attrs) if (!key.startsWith('{')) attribs[key.toLowerCase()] = value;
    return new DomElement(node.name.toLowerCase(), attribs, node.children.map(convert));
  };
  return element.children.map(convert);
}

/**
 * Plain text as a document: paragraphs end at blank lines; text with no blank line at
 * all has a paragraph per line (agencies send both).
 */
export function textToDoc(value: string): TDocNode {
  const text = value
    .replace(/\u0000/g, '')
    .replace(/\r\n?/g, '\n')
    .trim();
  const separator = /\n\s*\n/.test(text) ? /\n\s*\n|\n(?=[ \t]{2,})/ : /\n/;
  const paragraphs = text
    .split(separator)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return checked({
    type: 'doc',
    content: paragraphs.length ? paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) : [{ type: 'paragraph' }],
  });
}

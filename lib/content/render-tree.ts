import type { TDocNode } from './document';
import { blockAsRejected } from './block-suggestions';
import { isAllowedHref } from './extensions';
import { pictureOf, type ResponsiveImage } from '@/lib/assets/responsive';
import { isAllowedImageSrc, isFigureCrop } from './figure';
import { embedOfAttrs, PROVIDER_NAMES, type Embed } from './embeds';

/** Carries a figure's crop from its renderer to the responsive pass, which removes it. */
const CROP_ATTRIBUTE = 'data-crop';

/**
 * The one renderer. It maps each node and mark of a stored document to an element
 * from a fixed allowlist with allowlisted attributes; nothing else gets through.
 * `render-html.ts` serialises the tree for feeds and exports, and the public page
 * turns the same tree into React elements.
 */
export type RenderElement = { tag: AllowedTag; attrs: Record<string, string>; children: RenderChild[] };
export type RenderChild = RenderElement | string;

export const ALLOWED_TAGS = [
  'p',
  'h2',
  'h3',
  'strong',
  'em',
  'a',
  'blockquote',
  'ul',
  'ol',
  'li',
  'hr',
  'br',
  'span',
  'figure',
  'picture',
  'source',
  'img',
  'figcaption',
  'div',
  'table',
  'caption',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'iframe',
] as const;
export type AllowedTag = (typeof ALLOWED_TAGS)[number];
export const VOID_TAGS = new Set<AllowedTag>(['hr', 'br', 'img', 'source']);

const el = (tag: AllowedTag, children: RenderChild[] = [], attrs: Record<string, string> = {}): RenderElement => ({ tag, attrs, children });

type MarkRenderer = (inner: RenderChild, attrs: Record<string, unknown>) => RenderChild;
type NodeRenderer = (node: TDocNode) => RenderChild[];

/** Every mark of the editor's schema, and how it is shown (a unit test checks the schema has no other). */
export const MARK_RENDERERS: Record<string, MarkRenderer> = {
  bold: (inner) => el('strong', [inner]),
  italic: (inner) => el('em', [inner]),
  // A suggestion is never shown to readers: every output is made from accepted text, and
  // should one reach a renderer all the same, proposed text is left out and text proposed
  // for deletion stays, as if it were rejected.
  insertion: () => '',
  deletion: (inner) => inner,
  modification: (inner) => inner,
  link: (inner, attrs) => (isAllowedHref(attrs.href) ? el('a', [inner], { href: String(attrs.href).trim(), rel: 'noopener noreferrer nofollow' }) : inner),
};

function renderText(node: TDocNode): RenderChild {
  let out: RenderChild = node.text ?? '';
  // Any mark without a renderer is dropped; its text stays.
  for (const mark of node.marks ?? []) out = MARK_RENDERERS[mark.type]?.(out, mark.attrs ?? {}) ?? out;
  return out;
}

const renderChildren = (node: TDocNode): RenderChild[] => (node.content ?? []).flatMap(renderNode);

/** Every node of the editor's schema, and how it is shown (a unit test checks the schema has no other). */
export const NODE_RENDERERS: Record<string, NodeRenderer> = {
  doc: renderChildren,
  text: (node) => [renderText(node)],
  paragraph: (node) => [el('p', renderChildren(node))],
  heading: (node) => [el(Number(node.attrs?.level) === 3 ? 'h3' : 'h2', renderChildren(node))],
  blockquote: (node) => [el('blockquote', renderChildren(node))],
  bulletList: (node) => [el('ul', renderChildren(node))],
  orderedList: (node) => {
    const start = Number(node.attrs?.start);
    return [el('ol', renderChildren(node), Number.isInteger(start) && start > 1 ? { start: String(start) } : {})];
  },
  listItem: (node) => [el('li', renderChildren(node))],
  horizontalRule: () => [el('hr')],
  hardBreak: () => [el('br')],
  figure: (node) => {
    const src = String(node.attrs?.src ?? '');
    if (!isAllowedImageSrc(src)) return [];
    const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption : '';
    const credit = typeof node.attrs?.credit === 'string' && node.attrs.credit ? `Photo: ${node.attrs.credit}` : '';
    // The credit in its own element (set on its own line by the page's style), never run into the caption.
    const captionParts: RenderChild[] = [caption, ...(caption && credit ? [' '] : []), ...(credit ? [el('span', [credit], { class: 'credit' })] : [])].filter(
      (part) => part !== '',
    );
    const crop: Record<string, string> = isFigureCrop(node.attrs?.crop) && node.attrs.crop !== 'original' ? { [CROP_ATTRIBUTE]: node.attrs.crop } : {};
    return [el('figure', [el('img', [], { src, alt: String(node.attrs?.alt ?? '') }), ...(captionParts.length ? [el('figcaption', captionParts)] : [])], crop)];
  },
};

/** An embed where no player may load (feeds, exports, the desk's diff): a link to its canonical address, with its caption. */
function renderEmbedLink(node: TDocNode): RenderChild[] {
  const embed = embedOfAttrs(node.attrs);
  if (!embed) return [];
  const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption.trim() : '';
  return [el('p', [el('a', [`${PROVIDER_NAMES[embed.provider]}: ${caption || embed.url}`], { href: embed.url, rel: 'noopener noreferrer nofollow' })])];
}
NODE_RENDERERS.embed = renderEmbedLink;

const EMBED_SANDBOX = 'allow-scripts allow-same-origin allow-popups allow-presentation';

/**
 * An embed on a reader's page, without a script and without a request to the provider
 * until the reader asks: an empty sandboxed frame, a "Load … content" link whose target
 * is that frame (so the click navigates only the frame to the provider's player), and a
 * plain link to the post on the provider's own site.
 */
function renderEmbedPlaceholder(embed: Embed, caption: string, frameName: string): RenderElement {
  const name = PROVIDER_NAMES[embed.provider];
  return el(
    'figure',
    [
      el('iframe', [], {
        name: frameName,
        title: `${name} content`,
        src: 'about:blank',
        sandbox: EMBED_SANDBOX,
        allow: 'fullscreen; picture-in-picture; encrypted-media',
        class: 'embed-frame',
      }),
      el(
        'p',
        [
          el('a', [`Load ${name} content`], { href: embed.player, target: frameName, class: 'embed-load' }),
          ' ',
          el('a', [`Open on ${name}`], { href: embed.url, rel: 'noopener noreferrer nofollow', class: 'embed-open' }),
        ],
        { class: 'embed-actions' },
      ),
      ...(caption ? [el('figcaption', [caption])] : []),
    ],
    { class: 'embed', 'data-provider': embed.provider },
  );
}

const ALIGNMENTS = new Set(['left', 'center', 'right']);

/** A cell: its span and alignment kept, a lone paragraph unwrapped (a `<p>` in every cell only adds bytes). */
function renderCell(cell: TDocNode, scope: 'col' | 'row' | null): RenderElement {
  const attrs: Record<string, string> = {};
  for (const span of ['colspan', 'rowspan'] as const) {
    const value = Number(cell.attrs?.[span]);
    if (Number.isInteger(value) && value > 1) attrs[span] = String(value);
  }
  if (cell.type === 'tableHeader' && scope) attrs.scope = scope;
  if (ALIGNMENTS.has(String(cell.attrs?.align))) attrs.class = `align-${String(cell.attrs?.align)}`;
  const blocks = cell.content ?? [];
  const children = blocks.length === 1 && blocks[0]!.type === 'paragraph' ? renderChildren(blocks[0]!) : renderChildren(cell);
  return el(cell.type === 'tableHeader' ? 'th' : 'td', children, attrs);
}

/**
 * A table: a header row (every cell a header) in `<thead>` with column scope, header
 * cells in body rows scoped to their row, the caption as `<caption>`. It scrolls
 * sideways inside its own focusable region on a narrow screen, never the whole page.
 */
function renderTable(node: TDocNode): RenderChild[] {
  const rows = node.content ?? [];
  const isHeaderRow = (row: TDocNode | undefined) => !!row?.content?.length && row.content.every((cell) => cell.type === 'tableHeader');
  const head = isHeaderRow(rows[0]) ? [rows[0]!] : [];
  const body = rows.slice(head.length);
  const row = (r: TDocNode, scope: 'col' | 'row') =>
    el(
      'tr',
      (r.content ?? []).map((cell) => renderCell(cell, scope)),
    );
  const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption.trim() : '';
  const table = el('table', [
    ...(caption ? [el('caption', [caption])] : []),
    ...(head.length
      ? [
          el(
            'thead',
            head.map((r) => row(r, 'col')),
          ),
        ]
      : []),
    el(
      'tbody',
      body.map((r) => row(r, 'row')),
    ),
  ]);
  return [el('div', [table], { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': caption || 'Table' })];
}

NODE_RENDERERS.table = renderTable;
NODE_RENDERERS.tableRow = (node) => [
  el(
    'tr',
    (node.content ?? []).map((cell) => renderCell(cell, 'row')),
  ),
];
NODE_RENDERERS.tableHeader = (node) => [renderCell(node, null)];
NODE_RENDERERS.tableCell = (node) => [renderCell(node, null)];

// An unknown node is dropped, but its text is kept.
function renderNode(node: TDocNode): RenderChild[] {
  const shown = blockAsRejected(node);
  return shown ? (NODE_RENDERERS[shown.type] ?? renderChildren)(shown) : [];
}

export type RenderOptions = {
  /** `MOSCOW, July 7. /TASS/.`: opens the first paragraph, as on the agency's pages. */
  dateline?: string;
  /** Uploaded images by id: their figures become responsive `<picture>`s; an expired one is left out. */
  images?: Map<string, ResponsiveImage>;
  /** On a reader's page: embeds as click-to-load placeholders (lib/content/embeds.ts); elsewhere each is a link. */
  embedPlaceholders?: boolean;
};

/** Uploaded images' figures, made responsive in their crop (or left out when their rights expired); without images, figures as they are. */
function withResponsiveImages(blocks: RenderChild[], images: Map<string, ResponsiveImage> | undefined): RenderChild[] {
  return blocks.flatMap((block): RenderChild[] => {
    if (typeof block === 'string') return [block];
    if (block.tag !== 'figure') {
      block.children = withResponsiveImages(block.children, images);
      return [block];
    }
    const { [CROP_ATTRIBUTE]: cropped, ...figureAttrs } = block.attrs;
    block.attrs = figureAttrs;
    const crop = isFigureCrop(cropped) ? cropped : 'original';
    if (!images) return [block];
    const img = block.children.find((c): c is RenderElement => typeof c !== 'string' && c.tag === 'img');
    const id = /^\/media\/([0-9a-f-]{36})$/.exec(img?.attrs.src ?? '')?.[1];
    const image = id ? images.get(id) : undefined;
    if (!img || !image) return [block];
    if (image.expired) return [];
    const picture = pictureOf(image, crop) ?? pictureOf(image);
    const size: Record<string, string> = image.width && image.height ? { width: String(image.width), height: String(image.height) } : {};
    const lazy = { loading: 'lazy', decoding: 'async' };
    const media = picture
      ? el('picture', [
          ...picture.sources.map((s) => el('source', [], { type: s.type ?? '', srcset: s.srcset, sizes: BODY_SIZES })),
          el('img', [], {
            src: picture.img.src,
            srcset: picture.img.srcset,
            sizes: BODY_SIZES,
            alt: img.attrs.alt ?? '',
            width: String(picture.img.width),
            height: String(picture.img.height),
            ...lazy,
          }),
        ])
      : el('img', [], { ...img.attrs, ...size, ...lazy });
    return [
      el(
        'figure',
        block.children.map((c) => (c === img ? media : c)),
      ),
    ];
  });
}

/** How wide a body image is drawn: the article column (48rem) or the screen. */
const BODY_SIZES = '(min-width: 800px) 768px, 100vw';

/** The document's blocks, with its embeds as placeholders, each frame named by its place in the story. */
function renderWithPlaceholders(doc: TDocNode): RenderChild[] {
  let count = 0;
  const walk = (node: TDocNode): RenderChild[] => {
    if (node.type === 'embed') {
      if (!blockAsRejected(node)) return [];
      const embed = embedOfAttrs(node.attrs);
      if (!embed) return [];
      const caption = typeof node.attrs?.caption === 'string' ? node.attrs.caption.trim() : '';
      return [renderEmbedPlaceholder(embed, caption, `embed-${++count}`)];
    }
    return node.type === 'doc' ? (node.content ?? []).flatMap(walk) : renderNode(node);
  };
  return walk(doc);
}

export function toRenderTree(doc: TDocNode, options: RenderOptions = {}): RenderChild[] {
  const rendered = options.embedPlaceholders ? renderWithPlaceholders(doc) : renderChildren(doc);
  const blocks = withResponsiveImages(rendered, options.images);
  if (options.dateline) {
    const dateline = el('span', [options.dateline], { class: 'dateline' });
    const first = blocks[0];
    if (first && typeof first !== 'string' && first.tag === 'p') first.children.unshift(dateline, ' ');
    else blocks.unshift(el('p', [dateline]));
  }
  return blocks;
}

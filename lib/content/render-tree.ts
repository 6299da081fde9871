import type { TDocNode } from './document';
import { isAllowedHref } from './extensions';
import { isAllowedImageSrc } from './figure';

/**
 * The one renderer. It maps each node and mark of a stored document to an element
 * from a fixed allowlist with allowlisted attributes; nothing else gets through.
 * `render-html.ts` serialises the tree for feeds and exports, and the public page
 * turns the same tree into React elements.
 */
export type RenderElement = { tag: AllowedTag; attrs: Record<string, string>; children: RenderChild[] };
export type RenderChild = RenderElement | string;

export const ALLOWED_TAGS = ['p', 'h2', 'h3', 'strong', 'em', 'a', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br', 'span', 'figure', 'img', 'figcaption'] as const;
export type AllowedTag = (typeof ALLOWED_TAGS)[number];
export const VOID_TAGS = new Set<AllowedTag>(['hr', 'br', 'img']);

const el = (tag: AllowedTag, children: RenderChild[] = [], attrs: Record<string, string> = {}): RenderElement => ({ tag, attrs, children });

function renderText(node: TDocNode): RenderChild {
  let out: RenderChild = node.text ?? '';
  for (const mark of node.marks ?? []) {
    if (mark.type === 'bold') out = el('strong', [out]);
    else if (mark.type === 'italic') out = el('em', [out]);
    else if (mark.type === 'link' && isAllowedHref(mark.attrs?.href)) {
      out = el('a', [out], { href: String(mark.attrs.href).trim(), rel: 'noopener noreferrer nofollow' });
    }
    // Any other mark is dropped; its text stays.
  }
  return out;
}

function renderChildren(node: TDocNode): RenderChild[] {
  return (node.content ?? []).flatMap(renderNode);
}

function renderNode(node: TDocNode): RenderChild[] {
  switch (node.type) {
    case 'text':
      return [renderText(node)];
    case 'paragraph':
      return [el('p', renderChildren(node))];
    case 'heading':
      return [el(Number(node.attrs?.level) === 3 ? 'h3' : 'h2', renderChildren(node))];
    case 'blockquote':
      return [el('blockquote', renderChildren(node))];
    case 'bulletList':
      return [el('ul', renderChildren(node))];
    case 'orderedList': {
      const start = Number(node.attrs?.start);
      return [el('ol', renderChildren(node), Number.isInteger(start) && start > 1 ? { start: String(start) } : {})];
    }
    case 'listItem':
      return [el('li', renderChildren(node))];
    case 'horizontalRule':
      return [el('hr')];
    case 'hardBreak':
      return [el('br')];
    case 'figure': {
      const src = String(node.attrs?.src ?? '');
      if (!isAllowedImageSrc(src)) return [];
      const caption = [node.attrs?.caption, node.attrs?.credit ? `Photo: ${String(node.attrs.credit)}` : '']
        .filter((part): part is string => typeof part === 'string' && part.length > 0)
        .join(' ');
      return [el('figure', [el('img', [], { src, alt: String(node.attrs?.alt ?? '') }), ...(caption ? [el('figcaption', [caption])] : [])])];
    }
    default:
      // An unknown node is dropped, but its text is kept.
      return renderChildren(node);
  }
}

export type RenderOptions = {
  /** `MOSCOW, July 7. /TASS/.`: opens the first paragraph, as on the agency's pages. */
  dateline?: string;
};

export function toRenderTree(doc: TDocNode, options: RenderOptions = {}): RenderChild[] {
  const blocks = renderChildren(doc);
  if (options.dateline) {
    const dateline = el('span', [options.dateline], { class: 'dateline' });
    const first = blocks[0];
    if (first && typeof first !== 'string' && first.tag === 'p') first.children.unshift(dateline, ' ');
    else blocks.unshift(el('p', [dateline]));
  }
  return blocks;
}

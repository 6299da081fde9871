import { Node } from '@tiptap/core';
import { CROPS, type Crop } from '@/lib/assets/crops';
import { NodeSelection, TextSelection } from '@tiptap/pm/state';

/** Image sources the body accepts: our own uploads, or http(s) images (wire copy). */
export function isAllowedImageSrc(src: unknown): src is string {
  if (typeof src !== 'string' || src.length > 2048) return false;
  if (/^\/media\/[0-9a-f-]{36}$/.test(src)) return true;
  try {
    const url = new URL(src);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** How an uploaded image is cut where it is used: its own shape, 16:9 or square (around its focal point); the renditions' crops. */
export { CROPS as FIGURE_CROPS, type Crop as FigureCrop } from '@/lib/assets/crops';
export const isFigureCrop = (value: unknown): value is Crop => (CROPS as readonly unknown[]).includes(value);

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    figure: { setFigure: (attrs: { src: string; alt: string; caption?: string; credit?: string; crop?: Crop }) => ReturnType };
  }
}

/** An image with alt text, caption and credit, as one block. */
export const Figure = Node.create({
  name: 'figure',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { src: { default: null }, alt: { default: '' }, caption: { default: '' }, credit: { default: '' }, crop: { default: 'original' } };
  },
  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (element) => {
          const img = element.querySelector('img');
          const src = img?.getAttribute('src');
          if (!isAllowedImageSrc(src)) return false;
          const figcaption = element.querySelector('figcaption');
          const credit =
            figcaption
              ?.querySelector('.credit')
              ?.textContent?.trim()
              .replace(/^Photo:\s*/, '') ?? '';
          const caption = [...(figcaption?.childNodes ?? [])]
            .filter((n) => !(n instanceof Element && n.classList.contains('credit')))
            .map((n) => n.textContent)
            .join('')
            .trim();
          return { src, alt: img?.getAttribute('alt') ?? '', caption, credit };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (element) => {
          const src = element.getAttribute('src');
          return isAllowedImageSrc(src) ? { src, alt: element.getAttribute('alt') ?? '' } : false;
        },
      },
    ];
  },
  renderHTML({ node }) {
    const credit = node.attrs.credit ? ['span', { class: 'credit' }, `Photo: ${node.attrs.credit}`] : '';
    return [
      'figure',
      ['img', { src: node.attrs.src, alt: node.attrs.alt }],
      ['figcaption', `${node.attrs.caption}${node.attrs.caption && credit ? ' ' : ''}`, credit],
    ];
  },
  addCommands() {
    return {
      // The caret goes after the new figure (into the next paragraph, made if need be), so the
      // next keystroke types there instead of replacing the selected image.
      setFigure:
        (attrs) =>
        ({ chain }) =>
          chain()
            .insertContent({ type: this.name, attrs })
            .command(({ tr, state }) => {
              const { selection } = tr;
              if (!(selection instanceof NodeSelection) || selection.node.type.name !== this.name) return true;
              const after = selection.to;
              if (!tr.doc.resolve(after).nodeAfter?.isTextblock) tr.insert(after, state.schema.nodes.paragraph!.create());
              tr.setSelection(TextSelection.create(tr.doc, after + 1)).scrollIntoView();
              return true;
            })
            .run(),
    };
  },
});

import { Node } from '@tiptap/core';
import { embedAttrs, embedOfAttrs, parseEmbed, PROVIDER_NAMES } from './embeds';

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    embed: { setEmbed: (attrs: { provider: string; id: string; url: string; caption?: string }) => ReturnType };
  }
}

/**
 * A post, video, map or chart from an allowlisted provider (lib/content/embeds.ts), as one
 * block: its provider, id, canonical address and a caption. Only what re-parses through
 * the allowlist is ever read back from HTML.
 */
export const EmbedNode = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { provider: { default: null }, id: { default: null }, url: { default: null }, caption: { default: '' } };
  },
  parseHTML() {
    return [
      {
        tag: 'figure[data-embed-url]',
        priority: 60,
        getAttrs: (element) => {
          const embed = parseEmbed(element.getAttribute('data-embed-url'));
          if (!embed) return false;
          const caption = element.querySelector('figcaption')?.textContent?.trim() ?? '';
          return embedAttrs(embed, caption);
        },
      },
    ];
  },
  renderHTML({ node }) {
    const embed = embedOfAttrs(node.attrs);
    if (!embed) return ['figure', { class: 'embed-card' }, ['figcaption', 'An embed that is not allowed']];
    return [
      'figure',
      { class: 'embed-card', 'data-embed-url': embed.url, 'data-embed-provider': embed.provider },
      ['p', { class: 'embed-card-provider' }, `${PROVIDER_NAMES[embed.provider]}: ${embed.url}`],
      ['figcaption', String(node.attrs.caption ?? '')],
    ];
  },
  addCommands() {
    return {
      setEmbed:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs }),
    };
  },
});

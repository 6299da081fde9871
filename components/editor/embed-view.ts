import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { EditorView, NodeView } from '@tiptap/pm/view';
import { embedOfAttrs, MAX_EMBED_CAPTION, PROVIDER_NAMES } from '@/lib/content/embeds';

/** An embed in the editor: its provider and address as a card (nothing loads from the provider), and its caption in a field of its own. */
function embedView(node: PmNode, view: EditorView, getPos: () => number | undefined): NodeView {
  const dom = document.createElement('figure');
  dom.className = 'embed-card';
  dom.dataset.embedProvider = node.attrs.provider ? String(node.attrs.provider) : '';
  const label = document.createElement('p');
  label.className = 'embed-card-provider';
  const link = document.createElement('a');
  link.rel = 'noopener noreferrer nofollow';
  link.target = '_blank';
  label.append(link);
  const caption = document.createElement('input');
  caption.type = 'text';
  caption.maxLength = MAX_EMBED_CAPTION;
  caption.placeholder = 'Caption';
  caption.setAttribute('aria-label', 'Embed caption');
  caption.className = 'embed-card-caption';
  dom.append(label, caption);

  const show = (current: PmNode) => {
    const embed = embedOfAttrs(current.attrs);
    link.textContent = embed ? `${PROVIDER_NAMES[embed.provider]}: ${embed.url}` : 'An embed that is not allowed';
    if (embed) link.href = embed.url;
    else link.removeAttribute('href');
    const text = String(current.attrs.caption ?? '');
    if (caption.value !== text) caption.value = text;
    caption.disabled = !view.editable;
  };
  show(node);
  caption.addEventListener('input', () => {
    const pos = getPos();
    if (pos === undefined) return;
    view.dispatch(view.state.tr.setNodeAttribute(pos, 'caption', caption.value.slice(0, MAX_EMBED_CAPTION)));
  });
  return {
    dom,
    update: (next) => {
      if (next.type !== node.type) return false;
      show(next);
      return true;
    },
    // The caption field handles its own typing; ProseMirror must not read it as an edit of the document.
    stopEvent: (event) => event.target === caption,
    ignoreMutation: () => true,
  };
}

export const EmbedView = Extension.create({
  name: 'embedView',
  addProseMirrorPlugins() {
    return [new Plugin({ key: new PluginKey('embedView'), props: { nodeViews: { embed: embedView } } })];
  },
});

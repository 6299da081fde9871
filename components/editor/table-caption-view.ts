import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PmNode } from '@tiptap/pm/model';

/**
 * Shows each table's caption above it in the editor (the caption is an attribute of the
 * table, edited with the "Table caption" button). View only: no node or mark of its own.
 */
export const TableCaptionView = Extension.create({
  name: 'tableCaptionView',
  addProseMirrorPlugins() {
    const build = (doc: PmNode) => {
      const widgets: Decoration[] = [];
      doc.descendants((node, pos) => {
        if (node.type.name !== 'table') return true;
        const caption = String(node.attrs.caption ?? '').trim();
        if (caption) {
          widgets.push(
            Decoration.widget(
              pos,
              () => {
                const element = document.createElement('div');
                element.className = 'table-caption-preview';
                element.textContent = caption;
                return element;
              },
              { side: -1, key: `caption:${pos}:${caption}` },
            ),
          );
        }
        return false;
      });
      return DecorationSet.create(doc, widgets);
    };
    return [
      new Plugin({
        key: new PluginKey('tableCaptionView'),
        state: {
          init: (_, state) => build(state.doc),
          apply: (tr, previous) => (tr.docChanged ? build(tr.doc) : previous),
        },
        props: {
          decorations(state) {
            return this.getState(state);
          },
        },
      }),
    ];
  },
});

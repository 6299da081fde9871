import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { Node as PMNode } from '@tiptap/pm/model';
import { attrsFollowMarks, marksFollowAttrs } from '@/lib/content/block-suggestions';
import { isSuggestionMark } from '@/lib/content/suggestion-marks';

/** A change that came from the shared document (someone else's edit, an undo, the first render): y-tiptap marks it so. */
const fromSharedDocument = (meta: unknown) => !!(meta as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin;

/** Each block with a suggestion on it, drawn with its kind (insertion, deletion or modification) and the suggestion's id. */
function decorationsOf(doc: PMNode): DecorationSet {
  const found: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.isInline) return false;
    const mark = node.marks.find((m) => isSuggestionMark(m.type.name));
    if (mark)
      found.push(Decoration.node(pos, pos + node.nodeSize, { 'data-block-suggestion': mark.type.name, 'data-suggestion-id': String(mark.attrs.id ?? '') }));
    return !node.isTextblock;
  });
  return DecorationSet.create(doc, found);
}

/**
 * Keeps a block's suggestion marks (what prosemirror-suggest-changes reads and writes) and
 * its `suggestions` attribute (what the shared document carries) in step: after an edit
 * made here the marks are the truth, after one from the shared document the attribute is.
 * Draws each such block as proposed.
 */
const blockSuggestionSync = () => {
  const drawn = new WeakMap<PMNode, DecorationSet>();
  return new Plugin({
    key: new PluginKey('blockSuggestionSync'),
    appendTransaction(transactions, _old, state) {
      if (!transactions.some((tr) => tr.docChanged)) return null;
      const tr = state.tr;
      // Marks set after someone else's change are not this person's edit (nor in the shared document); the attribute set after one's own is part of it, undone with it.
      if (transactions.some((t) => fromSharedDocument(t.getMeta('y-sync$')))) marksFollowAttrs(tr.setMeta('addToHistory', false));
      else attrsFollowMarks(tr);
      return tr.docChanged ? tr : null;
    },
    props: {
      decorations(state) {
        let set = drawn.get(state.doc);
        if (!set) drawn.set(state.doc, (set = decorationsOf(state.doc)));
        return set;
      },
    },
  });
};

/** The same as an extension, for every editor bound to the shared document (suggesting or not, a block's suggestion is drawn and kept). */
export const BlockSuggestionSync = Extension.create({
  name: 'blockSuggestionSync',
  addProseMirrorPlugins: () => [blockSuggestionSync()],
});

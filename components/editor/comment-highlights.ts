import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { locateAnchor, type TextAnchor } from '@/lib/comments/anchor';
import { flattenDoc } from '@/lib/comments/flat-text';
import type { TDocNode } from '@/lib/content/document';

export type HighlightedComment = { id: string; anchor: TextAnchor; label: string };

type HighlightState = { comments: HighlightedComment[]; decorations: DecorationSet };
export const commentHighlightsKey = new PluginKey<HighlightState>('commentHighlights');

function decorate(state: EditorState, comments: HighlightedComment[]): DecorationSet {
  if (!comments.length) return DecorationSet.empty;
  const { text, positions } = flattenDoc(state.doc.toJSON() as TDocNode);
  const decorations = comments.flatMap((comment) => {
    const range = locateAnchor(text, comment.anchor);
    if (!range) return [];
    return [
      Decoration.inline(positions[range.start]!, positions[range.end - 1]! + 1, {
        nodeName: 'mark',
        class: 'comment-highlight',
        'data-comment-id': comment.id,
        title: comment.label,
      }),
    ];
  });
  return DecorationSet.create(state.doc, decorations);
}

/**
 * Shows the open comment threads' quoted phrases as highlights in the body. Only
 * decorations: nothing enters the document, so the schema and the stored body are
 * unaffected. The anchors are found again in the text after every change.
 */
export const CommentHighlights = Extension.create({
  name: 'commentHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<HighlightState>({
        key: commentHighlightsKey,
        state: {
          init: (_, state) => ({ comments: [], decorations: decorate(state, []) }),
          apply: (tr, value, _old, state) => {
            const comments = (tr.getMeta(commentHighlightsKey) as HighlightedComment[] | undefined) ?? value.comments;
            if (comments === value.comments && !tr.docChanged) return value;
            return { comments, decorations: decorate(state, comments) };
          },
        },
        props: { decorations: (state) => commentHighlightsKey.getState(state)?.decorations },
      }),
    ];
  },
});

import { Extension } from '@tiptap/core';
import {
  disableSuggestChanges,
  enableSuggestChanges,
  isSuggestChangesEnabled,
  suggestChanges,
  suggestChangesKey,
} from '@handlewithcare/prosemirror-suggest-changes';
import type { Editor } from '@tiptap/react';
import { Plugin, PluginKey, type Transaction } from '@tiptap/pm/state';
import { Fragment, Slice, type Node as PMNode } from '@tiptap/pm/model';
import { BLOCK_SUGGESTIONS_ATTR } from '@/lib/content/block-suggestions';
import { isSuggestionMark } from '@/lib/content/suggestion-marks';
import { newSuggestionId } from '@/lib/suggestions/ids';
import { NotSuggestable, trackAsSuggestion } from '@/lib/suggestions/track';

type Options = {
  /** Whose suggestions this editor writes (the session's user id). */
  authorId: string;
  /** Suggesting from the start (reviewers). */
  startOn: boolean;
  /** Told when a change cannot be made as a suggestion, and so was not made. */
  onRefused: (why: string) => void;
};

export const NOT_SUGGESTABLE = 'That change cannot be made as a suggestion. Make it with Suggesting off.';

/** Content with no suggestions: a copy of someone's proposed text or block, pasted or dropped, is plain content, not their suggestion again. */
function withoutSuggestionMarks(fragment: Fragment): Fragment {
  const nodes: PMNode[] = [];
  fragment.forEach((node) => {
    const marks = node.marks.filter((mark) => !isSuggestionMark(mark.type.name));
    if (node.isText) nodes.push(node.mark(marks));
    else {
      const attrs = BLOCK_SUGGESTIONS_ATTR in node.attrs ? { ...node.attrs, [BLOCK_SUGGESTIONS_ATTR]: null } : node.attrs;
      nodes.push(node.type.create(attrs, withoutSuggestionMarks(node.content), marks));
    }
  });
  return Fragment.fromArray(nodes);
}

const plainPaste = new Plugin({
  key: new PluginKey('suggestionFreePaste'),
  props: { transformPasted: (slice) => new Slice(withoutSuggestionMarks(slice.content), slice.openStart, slice.openEnd) },
});

/**
 * Suggesting mode (prosemirror-suggest-changes): while on, this person's typing becomes
 * text proposed for insertion and their deleting marks text proposed for deletion, each
 * change under a suggestion id naming them and the time. Edits arriving from others
 * (the shared document) and undo pass as they are.
 */
export const SuggestChanges = Extension.create<Options>({
  name: 'suggestChanges',

  addOptions() {
    return { authorId: '', startOn: false, onRefused: () => {} };
  },

  addProseMirrorPlugins() {
    return [suggestChanges(), plainPaste];
  },

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-Shift-x': () => {
        setSuggesting(this.editor as Editor, !isSuggestChangesEnabled(this.editor.state));
        return true;
      },
    };
  },

  onCreate() {
    if (this.options.startOn) enableSuggestChanges(this.editor.state, this.editor.view.dispatch);
  },

  dispatchTransaction({ transaction, next }) {
    const state = this.editor.state;
    const ySync = (transaction.getMeta('y-sync$') ?? {}) as { isChangeOrigin?: boolean; isUndoRedoOperation?: boolean };
    const skip = (transaction.getMeta(suggestChangesKey) ?? {}) as Record<string, unknown>;
    if (!transaction.docChanged || !isSuggestChangesEnabled(state) || ySync.isChangeOrigin || ySync.isUndoRedoOperation || 'skip' in skip) {
      next(transaction);
      return;
    }
    const id = newSuggestionId(this.options.authorId);
    let tracked: Transaction;
    try {
      tracked = trackAsSuggestion(transaction, state, this.options.authorId, id);
    } catch (error) {
      // NotSuggestable: a change the suggestion library cannot express, or one over someone else's proposed block type.
      this.options.onRefused(error instanceof NotSuggestable && error.message ? error.message : NOT_SUGGESTABLE);
      return;
    }
    next(tracked);
  },
});

export const isSuggesting = (editor: Editor) => isSuggestChangesEnabled(editor.state);

export function setSuggesting(editor: Editor, on: boolean) {
  (on ? enableSuggestChanges : disableSuggestChanges)(editor.state, editor.view.dispatch);
}

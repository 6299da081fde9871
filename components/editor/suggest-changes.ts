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
import { isSuggestionMark } from '@/lib/content/suggestion-marks';
import { newSuggestionId } from '@/lib/suggestions/ids';
import { trackAsSuggestion } from '@/lib/suggestions/track';

type Options = {
  /** Whose suggestions this editor writes (the session's user id). */
  authorId: string;
  /** Suggesting from the start (reviewers). */
  startOn: boolean;
  /** Told when a change cannot be made as a suggestion, and so was not made. */
  onRefused: (why: string) => void;
};

export const NOT_SUGGESTABLE =
  'That change cannot be made as a suggestion: suggestions are made in text (typing, deleting, pasting paragraphs, bold, italic, links). Headings and lists, images, tables and embeds are changed with Suggesting off.';

/**
 * Whether a transaction marks a whole block (a paragraph inserted or deleted whole, a
 * heading level changed): the shared document keeps marks on text only, so such a
 * suggestion would reach the others as a plain, already-made change.
 */
function marksABlock(tr: Transaction): boolean {
  let found = false;
  tr.doc.descendants((node) => {
    if (found || node.isInline) return false;
    if (node.marks.some((mark) => isSuggestionMark(mark.type.name))) found = true;
    return !found;
  });
  return found;
}

/** Content with no suggestion marks: a copy of someone's proposed text, pasted or dropped, is plain text, not their suggestion again. */
function withoutSuggestionMarks(fragment: Fragment): Fragment {
  const nodes: PMNode[] = [];
  fragment.forEach((node) => {
    const marks = node.marks.filter((mark) => !isSuggestionMark(mark.type.name));
    nodes.push(node.isText ? node.mark(marks) : node.copy(withoutSuggestionMarks(node.content)).mark(marks));
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
    } catch {
      // NotSuggestable: a change to a block itself (a heading, a list) has no form as a suggestion in this schema.
      this.options.onRefused(NOT_SUGGESTABLE);
      return;
    }
    if (marksABlock(tracked)) {
      this.options.onRefused(NOT_SUGGESTABLE);
      return;
    }
    next(tracked);
  },
});

export const isSuggesting = (editor: Editor) => isSuggestChangesEnabled(editor.state);

export function setSuggesting(editor: Editor, on: boolean) {
  (on ? enableSuggestChanges : disableSuggestChanges)(editor.state, editor.view.dispatch);
}

import { Mark } from '@tiptap/core';
import { deletion, insertion, modification } from '@handlewithcare/prosemirror-suggest-changes';
import type { MarkSpec } from '@tiptap/pm/model';

/**
 * The marks a suggestion is written with (text proposed for insertion, text proposed for
 * deletion, formatting proposed), as tiptap marks with the names and specs of
 * prosemirror-suggest-changes, whose commands find them by name. Each carries only the
 * suggestion's id; who proposed it and when are in the id (lib/suggestions/ids.ts).
 */
function suggestionMark(name: 'insertion' | 'deletion' | 'modification', spec: MarkSpec, tag: string) {
  return Mark.create({
    name,
    inclusive: false,
    excludes: spec.excludes,
    addAttributes() {
      const extra =
        name === 'modification' ? { type: { default: '' }, attrName: { default: null }, previousValue: { default: null }, newValue: { default: null } } : {};
      return { id: { default: null }, ...extra };
    },
    // Never read from pasted HTML: a suggestion is made by typing in suggesting mode, not by a clipboard.
    parseHTML() {
      return [];
    },
    renderHTML({ mark }) {
      return [tag, { 'data-suggestion': name, 'data-id': String(mark.attrs.id ?? '') }, 0];
    },
  });
}

export const SuggestedInsertion = suggestionMark('insertion', insertion, 'ins');
export const SuggestedDeletion = suggestionMark('deletion', deletion, 'del');
export const SuggestedFormatting = suggestionMark('modification', modification, 'span');

export const SUGGESTION_MARKS = ['insertion', 'deletion', 'modification'] as const;
/** A suggestion's id: `<user id>~<ms since epoch, base 36>~<random>` (lib/suggestions/ids.ts). */
export const SUGGESTION_ID = /^[A-Za-z0-9_-]{1,40}~[0-9a-z]{1,11}~[0-9a-z]{1,10}$/;
export const isSuggestionMark = (name: string) => (SUGGESTION_MARKS as readonly string[]).includes(name);
export const suggestionMarkExtensions = [SuggestedInsertion, SuggestedDeletion, SuggestedFormatting];

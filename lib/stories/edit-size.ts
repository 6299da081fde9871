import type { StoryContent } from './content';

/**
 * A change this size or smaller, by someone other than the text's writer, is a small fix
 * (a typo, a name's spelling, a figure): they may still approve the text, audited as such.
 */
export const SMALL_FIX_CHARS = 40;

const TEXT_PARTS = ['headline', 'subheadline', 'datelinePlace', 'credit', 'bodyText'] as const;

/** Characters removed or inserted between two strings' common start and end, whichever is more. */
function spanChanged(before: string, after: string) {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return Math.max(before.length - start - end, after.length - start - end);
}

/**
 * How many characters a change moves in the text under review (headline, subheadline,
 * dateline, credit, body). A correction note, tags or placement are not that text.
 */
export function textChangeSize(before: Pick<StoryContent, (typeof TEXT_PARTS)[number]>, after: Pick<StoryContent, (typeof TEXT_PARTS)[number]>): number {
  return TEXT_PARTS.reduce((sum, part) => sum + spanChanged(before[part], after[part]), 0);
}

/**
 * Who the text is by after `editor` changes it by `size` characters: a small fix by
 * someone else leaves it the writer's (and counts the fixer's characters so far), anything
 * more makes it the editor's.
 */
export function textAuthorship(story: { textEditorId: string | null; lastEditorId: string | null; smallEditChars: number }, editorId: string, size: number) {
  const writer = story.textEditorId ?? story.lastEditorId;
  if (size === 0) return { textEditorId: writer, smallEditChars: story.lastEditorId === editorId ? story.smallEditChars : 0 };
  const sofar = story.lastEditorId === editorId && writer !== editorId ? story.smallEditChars : 0;
  if (writer && writer !== editorId && sofar + size <= SMALL_FIX_CHARS) return { textEditorId: writer, smallEditChars: sofar + size };
  return { textEditorId: editorId, smallEditChars: 0 };
}

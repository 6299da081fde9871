import { diffArrays } from 'diff';
import type { TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { words, type DiffPart } from '@/lib/stories/word-diff';

/**
 * One paragraph of a translation's source as the translator reads it beside the
 * translation: its text now, and, when it changed after the translation was made, what
 * changed (a word diff against the text translated). A paragraph removed since has no
 * text now, only what was removed.
 */
export type SourceParagraph = { text: string; change: 'same' | 'changed' | 'added' | 'removed'; diff: DiffPart[] };

const blockTexts = (doc: TDocNode) => (doc.content ?? []).map((block) => docToPlainText({ type: 'doc', content: [block] }).trim()).filter(Boolean);

/**
 * The source's paragraphs now, aligned with those it had when the translation was made
 * (`translated`; null when that version is unknown, and then nothing is marked): the
 * paragraphs kept in order are matched, a changed stretch pairs its paragraphs in order,
 * and what is left over is added or removed.
 */
export function sourceParagraphs(current: TDocNode, translated: TDocNode | null): SourceParagraph[] {
  const now = blockTexts(current);
  if (!translated) return now.map((text) => ({ text, change: 'same', diff: [] }));
  const then = blockTexts(translated);
  const out: SourceParagraph[] = [];
  const parts = diffArrays(then, now);
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (!part.added && !part.removed) {
      for (const text of part.value) out.push({ text, change: 'same', diff: [] });
      continue;
    }
    // A removal followed by an addition is one changed stretch: pair its paragraphs in order.
    const removed = part.removed ? part.value : [];
    const added = part.added ? part.value : parts[i + 1]?.added ? parts[++i]!.value : [];
    for (let k = 0; k < Math.max(removed.length, added.length); k++) {
      const before = removed[k];
      const after = added[k];
      if (before !== undefined && after !== undefined) out.push({ text: after, change: 'changed', diff: words(before, after) });
      else if (after !== undefined) out.push({ text: after, change: 'added', diff: [{ text: after, change: 'added' }] });
      else out.push({ text: '', change: 'removed', diff: [{ text: before!, change: 'removed' }] });
    }
  }
  return out;
}

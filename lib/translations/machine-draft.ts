import type { TDocNode } from '@/lib/content/document';
import { normalizeLine } from '@/lib/text/normalize';
import { HEADLINE_MAX, SUBHEADLINE_MAX } from '@/lib/stories/limits';

/** The text of a story an engine is asked to translate, and where each piece goes back. */
export type MachineText = { headline: string; subheadline: string; body: TDocNode };

/** A block whose inline content is one run of text to translate (a paragraph, a heading, a list item's or a cell's paragraph). */
const isTextBlock = (node: TDocNode) => (node.type === 'paragraph' || node.type === 'heading') && !!node.content?.length;

const inlineText = (node: TDocNode): string =>
  (node.content ?? []).map((child) => (child.type === 'text' ? (child.text ?? '') : child.type === 'hardBreak' ? ' ' : '')).join('');

/** The texts to send, in order: headline, subheadline, then each text block of the body as read. */
export function machineTexts(source: MachineText): string[] {
  const blocks: string[] = [];
  const walk = (node: TDocNode) => {
    if (isTextBlock(node)) blocks.push(inlineText(node));
    else node.content?.forEach(walk);
  };
  walk(source.body);
  return [source.headline, source.subheadline, ...blocks];
}

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * The source with the engine's texts put back where they came from: each text block keeps
 * its kind and attributes with the translation as plain text (marks do not survive another
 * language's word order); images, embeds and rules stay as they are. The engine's text is
 * normalised as anything typed is, and cut to the field's length. Null when the answer does
 * not fit the question (not one string per text).
 */
export function applyMachineTexts(source: MachineText, translated: readonly unknown[]): MachineText | null {
  const expected = machineTexts(source).length;
  if (translated.length !== expected || !translated.every((t): t is string => typeof t === 'string')) return null;
  const texts = translated.map(normalizeLine);
  let next = 2;
  const rebuild = (node: TDocNode): TDocNode => {
    if (isTextBlock(node)) {
      const text = texts[next++]!.trim();
      return { type: node.type, ...(node.attrs ? { attrs: node.attrs } : {}), ...(text ? { content: [{ type: 'text', text }] } : {}) };
    }
    return node.content ? { ...node, content: node.content.map(rebuild) } : node;
  };
  return {
    headline: cut(texts[0]!.trim(), HEADLINE_MAX),
    subheadline: cut(texts[1]!.trim(), SUBHEADLINE_MAX),
    body: rebuild(source.body),
  };
}

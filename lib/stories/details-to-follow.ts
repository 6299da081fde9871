import { docFromParagraphs, type TDocNode } from '@/lib/content/document';

/** The agency's line under a bare FLASH (headline and dateline only), in the story's language. */
const LINES: Record<string, string> = { en: 'Details to follow.', ru: 'Подробности позже.' };

export const detailsToFollow = (language: string) => LINES[language.toLowerCase().split('-')[0]!] ?? LINES.en!;

/** True for a body with nothing for readers: no words, no picture, no table, no embed. */
export function isBodyEmpty(doc: TDocNode): boolean {
  const shows = (node: TDocNode): boolean =>
    (node.type === 'text' && !!node.text?.trim()) ||
    node.type === 'figure' ||
    node.type === 'table' ||
    node.type === 'embed' ||
    (node.content ?? []).some(shows);
  return !shows(doc);
}

/**
 * The body readers get: the story's own, or for a FLASH sent with headline and dateline
 * alone, the agency's "Details to follow." (which the dateline then opens, as on the
 * wire: "MINSK, July 7. /TASS/. Details to follow.").
 */
export function bodyForReaders(doc: TDocNode, language: string): TDocNode {
  return isBodyEmpty(doc) ? docFromParagraphs([detailsToFollow(language)]) : doc;
}

import { isAllowedHref } from '@/lib/content/extensions';

const shown = (href: string) => `“${href.replace(/\s+/g, ' ').trim().slice(0, 60)}”`;

/**
 * Takes the link off every pasted anchor whose address the server would refuse (the
 * one link rule), keeping its text, and says so in one sentence for the whole paste:
 * a refused link must never reach the story, where every save would fail on it.
 */
export function unlinkRefused(document: Document): string | null {
  const refused: string[] = [];
  for (const anchor of document.body.querySelectorAll('a[href]')) {
    const href = anchor.getAttribute('href') ?? '';
    if (isAllowedHref(href)) continue;
    refused.push(href);
    anchor.replaceWith(...anchor.childNodes);
  }
  if (!refused.length) return null;
  const examples = [...new Set(refused)].slice(0, 2).map(shown).join(', ');
  return refused.length === 1
    ? `A pasted link was removed because its address is not allowed (${examples}); its text was kept.`
    : `${refused.length} pasted links were removed because their addresses are not allowed (${examples}${refused.length > 2 ? ', …' : ''}); their text was kept.`;
}

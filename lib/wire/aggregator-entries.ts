// A news aggregator's feed entry (Google News, and any feed built the same way) is a
// headline pointing at another outlet's story: the outlet's name is appended to the
// headline after a dash ("… - CNN"), and the "text" is a list of links, the story
// itself first and other outlets' coverage of it after, each with the outlet's name
// beside it. For the desk that is a headline without text, credited to the outlet.
import type { TDocNode } from '@/lib/content/document';

/** The separators aggregators put between a headline and the outlet's name. */
const SEPARATORS = [' - ', ' – ', ' — ', ' | '];
/** The most an outlet's name beside a link may be ("Bloomberg Markets and Finance", "NBC 10 Philadelphia"). */
const OUTLET_MAX = 60;
const OUTLET_WORDS_MAX = 6;

const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/** The headline without the outlet's name appended after a dash or bar, when that outlet is the one named. */
export function withoutOutletSuffix(headline: string, outlet: string): string {
  const name = squash(outlet).toLowerCase();
  const value = squash(headline);
  if (!name) return value;
  for (const separator of SEPARATORS) {
    const suffix = `${separator}${name}`;
    if (value.length > suffix.length && value.toLowerCase().endsWith(suffix)) return value.slice(0, -suffix.length).trim();
  }
  return value;
}

/** A line of the body: its links' texts (a link ends where its address changes) and the unlinked texts between them. */
type Line = { links: string[]; gaps: string[]; afterFirstLink: string };

/** The body's lines (each paragraph, each list item's paragraphs), or null when it holds anything else (a heading, a picture, a table). */
function linesOf(body: TDocNode): Line[] | null {
  const lines: Line[] = [];
  const lineOf = (paragraph: TDocNode): Line => {
    const line: Line = { links: [], gaps: [], afterFirstLink: '' };
    let href: unknown = null;
    let gap = '';
    const endGap = () => {
      if (squash(gap)) line.gaps.push(squash(gap));
      if (line.links.length === 1 && !line.afterFirstLink) line.afterFirstLink = squash(gap);
      gap = '';
    };
    for (const node of paragraph.content ?? []) {
      if (node.type !== 'text') continue;
      const link = node.marks?.find((m) => m.type === 'link');
      if (!link) {
        gap += node.text ?? '';
        href = null;
        continue;
      }
      endGap();
      if (link.attrs?.href === href && line.links.length) line.links[line.links.length - 1] += node.text ?? '';
      else line.links.push(node.text ?? '');
      href = link.attrs?.href;
    }
    endGap();
    line.links = line.links.map(squash).filter(Boolean);
    return line;
  };
  for (const block of body.content ?? []) {
    if (block.type === 'paragraph') lines.push(lineOf(block));
    else if (block.type === 'bulletList' || block.type === 'orderedList') {
      for (const item of block.content ?? [])
        for (const paragraph of item.content ?? []) {
          if (paragraph.type !== 'paragraph') return null;
          lines.push(lineOf(paragraph));
        }
    } else return null;
  }
  return lines;
}

const isOutletName = (text: string) => text.length <= OUTLET_MAX && text.split(' ').filter(Boolean).length <= OUTLET_WORDS_MAX;

/**
 * When the body is only links to stories elsewhere (each line links, with at most an
 * outlet's name beside each) and the first link is the entry's own headline, the outlet
 * named beside that first link ('' when none is); otherwise null: the body is text.
 */
export function linkRoundupOutlet(body: TDocNode, headline: string): string | null {
  const lines = linesOf(body);
  const first = lines?.[0];
  if (!lines || !first) return null;
  if (!lines.every((line) => line.links.length && line.gaps.every(isOutletName))) return null;
  const outlet = first.afterFirstLink;
  const title = squash(headline).toLowerCase();
  const linked = (first.links[0] ?? '').toLowerCase();
  const isHeadline =
    title === linked || withoutOutletSuffix(title, outlet).toLowerCase() === linked || SEPARATORS.some((s) => title.startsWith(`${linked}${s}`));
  return isHeadline ? outlet : null;
}

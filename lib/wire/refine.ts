// What every format's item goes through after parsing: the general rules that make an
// agency's fields mean what the desk's fields mean, whatever the agency's habits.
import type { TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';
import { BYLINE_PREFIX, cleanByline, isAgencyName, splitByline } from './bylines';
import { isPlaceholderPlace, placeOfDateline, splitDateline } from './datelines';
import { WireError } from './errors';
import { isReadMoreLine } from './feed-furniture';
import { sameHeadline } from './html-to-doc';
import { languageOf } from './language';
import type { WireItemData } from './types';

const MONTH_NAMES = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December';
/**
 * A dateline opening a lead paragraph (the part before the text), in the forms agencies
 * use: a place in capitals and the agency in brackets ("NAIROBI, Jan 21 (Reuters) -", or
 * a story filed from several places, "AMMAN/BEIRUT (Reuters) -",
 * "FORT WASHINGTON, Pa. (AP) _"), a place with a date and the agency ("Tegucigalpa, Jan 2
 * (EFE).-", "SEOUL, Nov 26 AFP -"), or Ritzau's "København /ritzau/:"; in other languages, a place
 * and a date before the agency in brackets (see datedLead).
 */
const LEAD_DATELINES = [
  `^(\\p{Lu}[\\p{Lu} .'/-]{1,40}(?:,\\s*\\p{Lu}[\\p{L}.]{1,15})?(?:,\\s*(?:${MONTH_NAMES})\\.?\\s+\\d{1,2})?\\s*\\([\\p{L}. ]{2,30}\\))\\.?\\s*[-–—_]{1,2}\\s`,
  `^(\\p{Lu}[\\p{L} .'-]{1,40},\\s*(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}\\s*\\([\\p{L}. ]{2,30}\\))\\.?\\s*[-–—_]{1,2}\\s`,
  `^(\\p{Lu}[\\p{Lu} .'-]{1,40},\\s*(?:${MONTH_NAMES})\\.?\\s+\\d{1,2}\\s+\\p{Lu}{2,6})\\s*[-–—]\\s`,
  `^(\\p{Lu}[\\p{L} .'-]{1,40}\\s*\\/\\p{L}{2,12}\\/):\\s`,
].map((source) => new RegExp(source, 'u'));
/** A place and a date in any language, then the agency in brackets: "Nova York, 24 set (EFE).-", "MOSCOU, 24 SET (ANSA) -". */
const DATED_LEAD = /^(\p{Lu}[^()\n.!?]{1,60}?\s*\([\p{L}. ]{2,30}\))\.?\s*[-–—_]{1,2}\s/u;
function datedLead(text: string): string {
  const lead = DATED_LEAD.exec(text)?.[1] ?? '';
  const { place, date } = splitDateline(lead.replace(/\s*\([^()]*\)$/, ''));
  return date && place && place.length <= 40 && place.split(/\s+/).length <= 5 ? lead : '';
}
const leadDateline = (text: string) => LEAD_DATELINES.map((re) => re.exec(text)?.[1]).find(Boolean) ?? datedLead(text);

/**
 * "By Jane Doe NEW YORK, Jan 21 (Reuters) -": a byline run into the dateline on one line.
 * A place in capitals starts at the first word that makes a dateline; a place in mixed
 * case is taken as short as it can be (the words before it are the name).
 */
function bylineRunIntoDateline(text: string): { byline: string; rest: string; length: number } | null {
  const prefix = BYLINE_PREFIX.exec(text)?.[0];
  if (!prefix) return null;
  const words = text.slice(prefix.length, prefix.length + 200).split(' ');
  const splits = words.slice(1, 6).map((_, i) => {
    const byline = words.slice(0, i + 1).join(' ');
    return { byline, rest: text.slice(prefix.length + byline.length + 1), length: prefix.length + byline.length + 1 };
  });
  const [capitals, ...others] = LEAD_DATELINES;
  return splits.find((s) => capitals!.test(s.rest)) ?? [...splits].reverse().find((s) => others.some((re) => re.test(s.rest))) ?? null;
}

/** The first paragraph without its first `length` characters (when they sit in its first text run). */
function dropLeadingText(body: TDocNode, length: number): TDocNode {
  const [first, ...rest] = body.content ?? [];
  const run = first?.content?.[0];
  if (!first || run?.type !== 'text' || (run.text ?? '').length < length) return body;
  const text = (run.text ?? '').slice(length);
  return { ...body, content: [{ ...first, content: [...(text ? [{ ...run, text }] : []), ...(first.content ?? []).slice(1)] }, ...rest] };
}

/** A dateline that is only a moment (Reuters puts the filing time there). */
const isMomentOnly = (value: string) => !value.replace(/\b(?:GMT|UTC|Z|[AP]M)\b|[\d\s:+\-./T]/gi, '').trim();

function paragraphs(body: TDocNode) {
  return body.content ?? [];
}

const textOfBlock = (node: TDocNode) => docToPlainText({ type: 'doc', content: [node] }).trim();

/** An agency's end-of-copy mark ("ends", "-30-", "###"), not text. */
const END_MARK = /^(?:ends?|-+\s*30\s*-+|#{3,}|\+{3,}|slutt|loppu|slut)$/i;

/** Whether a block links anywhere. */
/** The text of a node that is linked ("Read more" in "<a>Read more</a> at Slashdot."). */
const linkedText = (node: TDocNode): string =>
  node.type === 'text' ? (node.marks?.some((m) => m.type === 'link') ? (node.text ?? '') : '') : (node.content ?? []).map(linkedText).join('');

/**
 * The body without what only closes it: end-of-copy marks, headings left with nothing under them (their embed or
 * table dropped), and a feed's link back to its site ("Read more", "Continue reading…", "Read more of this story at X": the line
 * is only those words, and the link carries them, so "More on the <a>bridge</a> plan." stays).
 */
function trimTail(body: TDocNode): TDocNode {
  const blocks = [...paragraphs(body)];
  while (blocks.length > 1) {
    const last = blocks.at(-1)!;
    const text = textOfBlock(last);
    if (last.type === 'heading' || (last.type === 'paragraph' && (!text || END_MARK.test(text) || (isReadMoreLine(text) && isReadMoreLine(linkedText(last))))))
      blocks.pop();
    else break;
  }
  return blocks.length === paragraphs(body).length ? body : { ...body, content: blocks };
}

/** A long summary kept whole, or cut at the last sentence end that fits, never mid-word. */
export function fitSummary(text: string, max = 400): string {
  const value = text.replace(/\s+/g, ' ').trim();
  if (value.length <= max) return value;
  const head = value.slice(0, max);
  const sentence = head.search(/[.!?…](?=[^.!?…]*$)/);
  // The quote or bracket a sentence ends inside closes with it ("… the symbol “ANGI.”").
  if (sentence > max / 3) return value.slice(0, sentence + 1) + (/^[”’"'»)\]]+/.exec(value.slice(sentence + 1))?.[0] ?? '');
  return `${head.slice(0, head.lastIndexOf(' '))}…`;
}

/** An automated notice framed in asterisks ("*** DISCLAIMER: … ***") is not the story's first sentence. */
const isNotice = (text: string) => /^\*{2,}[^*]+\*{2,}$/.test(text);

/** The first sentence of the body's first real paragraph as a headline (for an item sent without one). */
function headlineFrom(body: TDocNode): string {
  const text =
    paragraphs(body)
      .map(textOfBlock)
      .find((t) => /[\p{L}\p{N}]/u.test(t) && !isNotice(t)) ?? '';
  const first = (/^.{10,}?[.!?](?=\s|$)/.exec(text)?.[0] ?? text).replace(/\s+/g, ' ');
  if (first.length <= 160) return first.replace(/[.]$/, '');
  // "Who on what: quote…" reads as a headline up to its colon.
  const colon = first.indexOf(': ');
  if (colon >= 20 && colon <= 120) return first.slice(0, colon);
  return `${first.slice(0, first.lastIndexOf(' ', 157))}…`;
}

/** An agency's service mark before the headline (ANSA's ">>>ANSA/"), not part of it. */
function withoutServiceMark(headline: string): string {
  const marked = /^[>*+#]{2,}\s*(?:([\p{L}.-]{2,20})\/)?\s*/u.exec(headline);
  if (!marked) return headline;
  const rest = marked[1] && !isAgencyName(marked[1]) ? headline.replace(/^[>*+#]{2,}\s*/u, '') : headline.slice(marked[0].length);
  return rest || headline;
}

/** Words that may be lower case in a name ("Frances d'Emilio", "Ludwig van Beethoven", "Anna e Paulo"). */
const NAME_PARTICLES = /^(?:and|und|e|y|et|og|och|ja|i|и|von|van|der|den|de|da|di|du|del|della|dos|das|la|le|bin|al|el|ter|ten|zu|in)$|^\p{Ll}'/u;
/** Text sent as a byline that reads as a sentence, not names: four words or more, most of them lower case. */
function readsAsProse(byline: string): boolean {
  const words = byline
    .replace(BYLINE_PREFIX, '')
    .split(/[\s,;/]+/)
    .filter((w) => /\p{L}/u.test(w));
  if (words.length < 4) return false;
  const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.test(w));
  return lower.length * 2 > words.length;
}

const CORRECTION =
  /\b(correct(?:s|ed|ion|ing)?|korja(?:ttu|us|si|ttiin)|oikaisu|korrektur|korrigiert|berichtigt|berichtigung|korrigert|korrigerad|rättelse|rettelse|rettet|corrige|corrigé|rectifica|rettifica|исправлен)/i;

/** A writethru's advisory in brackets ahead of the story ("(Adds quotes, details)"): the byline and dateline come after it. */
const isAdvisory = (text: string) => /^\([^()]{3,300}\)$/.test(text);

const sameWords = (a: string, b: string) => {
  // Texts of very different lengths cannot be the same words (and most first paragraphs are far longer than a headline).
  if (Math.abs(a.length - b.length) > Math.max(a.length, b.length) / 2 + 10) return false;
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return !!words(a) && words(a) === words(b);
};

const withoutBlock = (body: TDocNode, index: number): TDocNode => ({ ...body, content: paragraphs(body).filter((_, i) => i !== index) });

/** Feed entries are often a headline and a link: they are kept even without text. */
const THIN_FORMATS = new Set<WireItemData['format']>(['rss', 'atom']);

/** A headline that opens with a correction notice ("CORRECTED-", "Correction:", "CORRECTION ET MISE À JOUR -", "KORREKTUR/"). */
const CORRECTION_HEADLINE =
  /^(?:corrected|corrects?|correction|korrektur|berichtigung|rectificaci[oó]n|rectification|corrig[ée]|rettifica|исправление|oikaisu|korjattu|rättelse|rettelse)\b[^-–:/]{0,40}[-–:/]/i;

/**
 * The general rules: bylines cleaned (and taken from a "By …" opening line, which then
 * leaves the body; a sentence sent as the byline is the subtitle), an agency named as
 * the byline kept as the credit, datelines and their places taken from the text when
 * the metadata has none or a placeholder (a date is never a place), summaries cut at a
 * sentence, a headline repeated at the top of the body left out of it, service marks
 * off headlines, corrections recognised from their wording, the language checked
 * against the text, a missing headline made from the first sentence (and flagged), and
 * a headline with no text refused, except in a feed (kept, and flagged).
 */
export function refineItem(item: WireItemData): WireItemData {
  let body = item.body;
  // A "byline" that reads as a sentence is a subtitle sent in the wrong field (ANSA's NITF).
  const prose = readsAsProse(item.byline);
  const named = splitByline(prose ? '' : item.byline, THIN_FORMATS.has(item.format) ? 'feed' : 'agency');
  let byline = named.byline;
  let credit = item.credit || named.credit;
  const blocks = paragraphs(body);
  // "By Jane Doe" as an opening paragraph (after a writethru's advisory, if any): the byline field, not body text.
  const at = blocks.length > 1 && blocks[0]?.type === 'paragraph' && isAdvisory(textOfBlock(blocks[0])) ? 1 : 0;
  const opening = blocks[at];
  if (opening?.type === 'paragraph') {
    const line = textOfBlock(opening);
    if (BYLINE_PREFIX.test(line) && line.length <= 80 && !/[.!?]$/.test(line)) {
      const found = splitByline(line);
      byline ||= found.byline;
      credit ||= found.credit;
      body = withoutBlock(body, at);
    }
  }
  body = trimTail(body);
  let bodyText = docToPlainText(body);
  const textOf = body;
  const runOn = bylineRunIntoDateline(bodyText);
  if (runOn) {
    const found = splitByline(runOn.byline);
    byline ||= found.byline;
    credit ||= found.credit;
    body = dropLeadingText(body, runOn.length);
  }

  let dateline = item.dateline.replace(/\s+/g, ' ').trim();
  if (isMomentOnly(dateline)) dateline = '';
  let leadText = '';
  for (const block of paragraphs(body)) {
    const text = textOfBlock(block);
    if (text && !isAdvisory(text)) {
      leadText = text;
      break;
    }
  }
  if (!dateline) dateline = leadDateline(leadText);
  const fromDateline = placeOfDateline(dateline);
  const rawLocated = item.datelinePlace.replace(/\s+/g, ' ').trim();
  // A `located` that repeats the byline's name is a filled-in form, not a place.
  const bylineName = (byline || cleanByline(item.byline)).split(',')[0]!.trim().toLowerCase();
  const located = bylineName && rawLocated.toLowerCase().startsWith(bylineName) ? '' : rawLocated;
  // The dateline's own place beats a missing or placeholder `located`, and the editing desk named there instead of the story's place;
  // a `located` naming the same place more fully ("Toronto, ON, Canada" for "TORONTO") stands.
  const samePlace = !!located && !!fromDateline && located.split(',')[0]!.trim().toLowerCase() === fromDateline.split(',')[0]!.trim().toLowerCase();
  const datelinePlace =
    fromDateline && !samePlace && (isPlaceholderPlace(located) || !dateline.toLowerCase().includes(located.toLowerCase()))
      ? fromDateline
      : isPlaceholderPlace(located)
        ? ''
        : located;

  let headline = withoutServiceMark(item.headline.replace(/\s+/g, ' ').trim());
  // The headline repeated as the first paragraph (word for word) or heading (give or take a little word) is not body
  // text, when text remains without it; a lead also sent as the summary stays.
  const lead = paragraphs(body)[0];
  const repeated = lead?.type === 'paragraph' ? sameWords(textOfBlock(lead), headline) : lead?.type === 'heading' && sameHeadline(textOfBlock(lead), headline);
  if (repeated && paragraphs(body).length > 1) body = withoutBlock(body, 0);
  if (!paragraphs(body).length) body = { ...body, content: [{ type: 'paragraph' }] };
  if (body !== textOf) bodyText = docToPlainText(body);

  const flags = [...item.flags];
  // A kill may come without text: it withdraws what was sent before. A feed entry may be a headline alone. Anything else needs text to publish.
  const killed = item.pubStatus === 'canceled' || item.signals.includes('kill');
  const hasText = /[\p{L}\p{N}]/u.test(bodyText); // "…" or "[ ... ]" is a placeholder, not text
  if (!hasText && headline && THIN_FORMATS.has(item.format) && !killed) flags.push('text-missing');
  else if (!hasText && !(killed && headline))
    throw new WireError(`Item ${item.guid} has ${headline ? 'a headline but no text' : 'no headline and no text'}: nothing to publish.`);
  if (!/[\p{L}\p{N}]/u.test(headline)) {
    headline = headlineFrom(body);
    flags.push('headline-missing');
  }
  let subheadline = fitSummary(item.subheadline || (prose ? item.byline : ''));
  if (subheadline.toLowerCase() === headline.toLowerCase()) subheadline = '';

  const signals = new Set(item.signals);
  if (CORRECTION.test(item.edNote) || CORRECTION_HEADLINE.test(headline)) signals.add('correction');

  return {
    ...item,
    headline,
    subheadline,
    byline,
    credit,
    dateline,
    datelinePlace,
    body,
    bodyText,
    flags,
    signals: [...signals],
    language: languageOf(item.language, `${headline}\n${subheadline}\n${bodyText}`),
    // A placeholder or timestamp is no place to tag, nor is the editing desk `located` named instead of the story's place;
    // and a byline's person is not what the story is about.
    entities: item.entities
      .map((e) => ({ ...e, name: e.name.replace(/['’]s$/u, '') }))
      .filter(
        (e) =>
          !(e.kind === 'PLACE' && (isPlaceholderPlace(e.name) || (located && datelinePlace !== located && e.name === located))) &&
          !(e.kind === 'PERSON' && byline && byline.toLowerCase() === e.name.toLowerCase() && !bodyText.includes(e.name)),
      ),
  };
}

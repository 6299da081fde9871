import type { TDocNode } from '@/lib/content/document';
import type { CreatableTagKind } from '@/lib/enums';

export const WIRE_FORMATS = ['ninjs', 'newsml', 'nitf', 'rss', 'atom'] as const;
export type WireFormat = (typeof WIRE_FORMATS)[number];
export type PubStatus = 'usable' | 'withheld' | 'canceled' | 'commissioned';
export type WireSignal = 'update' | 'correction' | 'kill';
export type EntityKind = CreatableTagKind;

/** A subject as the document gave it: an IPTC Media Topic, a legacy Subject Code, or a literal. */
export type WireSubject = { scheme: 'medtop' | 'subj' | 'other'; code: string; name: string };
export type WireEntity = { kind: EntityKind; name: string; code: string };
export type WireImage = { href: string; caption: string; credit: string; alt: string };

/** A person an item names as its creator or contributor, and their role in the item's words ('' for none). */
export type WireContributor = { name: string; role: string; contributor: boolean };

/** One item of wire copy, whatever format it came in. */
export type WireItemData = {
  format: WireFormat;
  /** The agency, when the document names it; the ingest call may supply one. */
  source: string;
  guid: string;
  version: number;
  pubStatus: PubStatus;
  signals: WireSignal[];
  headline: string;
  subheadline: string;
  byline: string;
  /** The people the item names with the role it gives them (ninjs `bylines[]`, NewsML-G2 `creator`/`contributor`); Use makes them the story's byline. */
  contributors?: WireContributor[];
  /** The agency to credit when the copy names one apart from its people (an agency-only byline, an organisation as creator). */
  credit: string;
  datelinePlace: string;
  dateline: string;
  firstCreated: Date | null;
  versionCreated: Date | null;
  embargoUntil: Date | null;
  /** 1 (most urgent) to 9. */
  urgency: number | null;
  language: string;
  subjects: WireSubject[];
  entities: WireEntity[];
  body: TDocNode;
  bodyText: string;
  images: WireImage[];
  /** Every public editor's note, one per line. */
  edNote: string;
  /** What the desk should know about how the item arrived, e.g. `headline-missing`. */
  flags: WireFlag[];
};

/** `headline-missing`: made from the first sentence; `text-missing`: a feed entry with a headline and no text. */
export type WireFlag = 'headline-missing' | 'text-missing';

/** What parsing a document gives: its text items, and what it held that is not one (pictures, packages, broken entries) with the reason. */
export type ParsedDocument = { format: WireFormat; items: WireItemData[]; skipped: { guid: string; reason: string }[] };

export const LANGUAGE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** The primary language subtag the document declares, or '' when it declares none (the text decides later). */
export function normaliseLanguage(raw: string | null | undefined): string {
  const primary = (raw ?? '').trim().replace('_', '-').toLowerCase().split('-')[0] ?? '';
  return LANGUAGE_RE.test(primary) && primary !== 'und' && primary !== 'xx' ? primary : '';
}

/** ninjs/G2 urgency 1–9; NITF ed-urg 1–8. */
export function normaliseUrgency(raw: string | number | null | undefined): number | null {
  const value = typeof raw === 'number' ? raw : Number.parseInt(String(raw ?? '').trim(), 10);
  return Number.isInteger(value) && value >= 1 && value <= 9 ? value : null;
}

/** Versions are strings in ninjs, integers elsewhere (huge ones at Reuters); clamp to what a column holds. */
export function normaliseVersion(raw: string | number | null | undefined): number {
  const value = typeof raw === 'number' ? raw : Number.parseInt(String(raw ?? '').trim(), 10);
  return Number.isFinite(value) && value >= 1 ? Math.min(Math.trunc(value), 2_147_483_647) : 1;
}

export function normalisePubStatus(raw: string | null | undefined): PubStatus {
  const value = (raw ?? '').toLowerCase().replace(/^.*:/, '');
  if (['canceled', 'cancelled', 'kill', 'killed', 'withdrawn'].includes(value)) return 'canceled';
  if (['withheld', 'embargoed'].includes(value)) return 'withheld';
  if (value === 'commissioned') return 'commissioned';
  return 'usable';
}

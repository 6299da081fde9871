import type { WireItemData } from '@/lib/wire/types';

/** The fields of an item the fidelity test compares, as plain values. */
export type FidelityFields = {
  headline: string;
  subheadline: string;
  byline: string;
  credit: string;
  datelinePlace: string;
  language: string;
  urgency: number | null;
  blocks: number;
  firstWords: string;
  lastWords: string;
  subjects: string[];
  entities: string[];
  embargo: string | null;
  pubStatus: string;
  signals: string[];
  edNote: string;
  flags: string[];
};

const words = (text: string, n: number, fromEnd = false) => {
  const all = text.split(/\s+/).filter(Boolean);
  return (fromEnd ? all.slice(-n) : all.slice(0, n)).join(' ');
};

export function fidelityFields(item: WireItemData): FidelityFields {
  return {
    headline: item.headline,
    subheadline: item.subheadline,
    byline: item.byline,
    credit: item.credit,
    datelinePlace: item.datelinePlace,
    language: item.language,
    urgency: item.urgency,
    blocks: (item.body.content ?? []).length,
    firstWords: words(item.bodyText, 6),
    lastWords: words(item.bodyText, 6, true),
    subjects: item.subjects.map((s) => `${s.scheme}:${s.code}`).sort(),
    entities: item.entities.map((e) => `${e.kind}:${e.name}`).sort(),
    embargo: item.embargoUntil?.toISOString() ?? null,
    pubStatus: item.pubStatus,
    signals: [...item.signals].sort(),
    edNote: item.edNote,
    flags: [...item.flags].sort(),
  };
}

/** The items of a document the test checks: all of a single-item document; the first and last of a feed. */
export const checkedItems = <T>(items: T[]) => (items.length > 2 ? [items[0]!, items.at(-1)!] : items);

import type { Byline } from '@/lib/bylines/byline';
import type { TDocNode } from '@/lib/content/document';
import type { Priority } from '@/lib/enums';

/** The parts of a story a revision keeps and a diff compares. */
export type StoryContent = {
  headline: string;
  subheadline: string;
  datelinePlace: string;
  datelineDate: Date | null;
  credit: string;
  sectionId: string | null;
  topicId: string | null;
  priority: Priority;
  language: string;
  tagIds: string[];
  /** The byline, in order, and its "with" line. */
  bylines: Byline[];
  bylineWith: string;
  body: TDocNode;
  bodyText: string;
};

/** JSON with object keys sorted: PostgreSQL's jsonb does not keep key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const key = (content: StoryContent) =>
  canonicalJson([
    content.headline,
    content.subheadline,
    content.datelinePlace,
    content.datelineDate?.toISOString().slice(0, 10) ?? null,
    content.credit,
    content.sectionId,
    content.topicId,
    content.priority,
    content.language,
    [...content.tagIds].sort(),
    content.body,
    content.bylines,
    content.bylineWith,
  ]);

export const sameContent = (a: StoryContent, b: StoryContent) => key(a) === key(b);

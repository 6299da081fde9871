import { z } from 'zod';
import { ZId } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { getTagMatcher } from './matcher-cache';
import type { TagKind } from '@/lib/enums';

export const ZSuggestInput = z.object({
  headline: z.string().max(1000).default(''),
  subheadline: z.string().max(2000).default(''),
  bodyText: z.string().max(500_000).default(''),
  topicId: ZId.nullable().default(null),
  tagIds: z.array(ZId).max(200).default([]),
});

export type Occurrence = { field: 'Headline' | 'Subheadline' | 'Body' | 'Background box'; snippet: string; start: number; end: number };
export type Suggestion = {
  tag: { id: string; name: string; kind: TagKind };
  occurrences: Occurrence[];
  /** For subjects: the tags that imply it. */
  impliedBy: string[];
  /** How many times the story (not the background box) names it. */
  mentions?: number;
  /** Named only in the topic's background box, not in the story itself. */
  backgroundOnly?: boolean;
};

/** Where a mention counts most: the headline, then the subheadline, the body, and last the background box. */
const FIELD_RANK: Record<Occurrence['field'], number> = { Headline: 0, Subheadline: 1, Body: 2, 'Background box': 3 };

function snippet(text: string, start: number, end: number) {
  const from = Math.max(0, text.lastIndexOf(' ', Math.max(0, start - 40)) + 1);
  const to = Math.min(text.length, end + 40);
  const cut = text.indexOf(' ', to);
  return {
    snippet: `${from > 0 ? '…' : ''}${text.slice(from, cut < 0 ? text.length : cut)}${cut >= 0 && cut < text.length ? '…' : ''}`,
    start: start - from + (from > 0 ? 1 : 0),
    end: end - from + (from > 0 ? 1 : 0),
  };
}

/**
 * Tags whose names or aliases occur in the story (headline, subheadline, body and the
 * topic's background box, as readers see them together), with where, plus the
 * subjects those tags imply. Tags already on the story are left out.
 */
export async function suggestTags(viewer: Viewer, input: z.output<typeof ZSuggestInput>): Promise<Suggestion[]> {
  assertCan(viewer, 'desk.view');
  const matcher = await getTagMatcher();
  const topic = input.topicId ? await prisma.topic.findUnique({ where: { id: input.topicId }, select: { backgroundText: true } }) : null;
  const fields: [Occurrence['field'], string][] = [
    ['Headline', input.headline],
    ['Subheadline', input.subheadline],
    ['Body', input.bodyText],
    ['Background box', topic?.backgroundText ?? ''],
  ];
  const found = new Map<string, Occurrence[]>();
  const mentions = new Map<string, number>();
  for (const [field, text] of fields) {
    for (const hit of matcher.find(text)) {
      const list = found.get(hit.tagId) ?? [];
      if (list.length < 3) list.push({ field, ...snippet(text, hit.start, hit.end) });
      found.set(hit.tagId, list);
      if (field !== 'Background box') mentions.set(hit.tagId, (mentions.get(hit.tagId) ?? 0) + 1);
    }
  }
  const attached = new Set(input.tagIds);
  const matchedIds = [...found.keys()];
  const [tags, implications] = await Promise.all([
    prisma.tag.findMany({ where: { id: { in: matchedIds } }, select: { id: true, name: true, kind: true } }),
    prisma.tagSubject.findMany({
      where: { tagId: { in: [...matchedIds, ...input.tagIds] } },
      select: { tag: { select: { name: true } }, subject: { select: { id: true, name: true, kind: true } } },
    }),
  ]);
  const suggestions: Suggestion[] = tags
    .filter((tag) => !attached.has(tag.id))
    .map((tag) => ({ tag, occurrences: found.get(tag.id) ?? [], impliedBy: [], mentions: mentions.get(tag.id) ?? 0, backgroundOnly: !mentions.get(tag.id) }))
    // Ranked by where the story names it first (headline first, background last), then how often.
    .sort(
      (a, b) => FIELD_RANK[a.occurrences[0]!.field] - FIELD_RANK[b.occurrences[0]!.field] || b.mentions - a.mentions || a.tag.name.localeCompare(b.tag.name),
    );
  const subjects = new Map<string, Suggestion>();
  for (const { tag, subject } of implications) {
    if (attached.has(subject.id)) continue;
    const entry = subjects.get(subject.id) ?? { tag: subject, occurrences: [], impliedBy: [] };
    if (!entry.impliedBy.includes(tag.name)) entry.impliedBy.push(tag.name);
    subjects.set(subject.id, entry);
  }
  return [...suggestions, ...[...subjects.values()].sort((a, b) => a.tag.name.localeCompare(b.tag.name))];
}

import type { Prisma } from '@/generated/prisma/client';
import { readBylines } from '@/lib/bylines/byline';
import { docJson, readDoc } from '@/lib/content/document';
import { mediaIdsIn } from '@/lib/assets/responsive';
import type { Tx } from '@/lib/db';
import type { StoryContent } from './content';
import { shouldCoalesce } from './revision-policy';
import { type StoryStatus, type Priority, type RevisionReason } from '@/lib/enums';

type StoryRow = {
  headline: string;
  subheadline: string;
  datelinePlace: string;
  datelineDate: Date | null;
  credit: string;
  sectionId: string | null;
  topicId: string | null;
  priority: Priority;
  language: string;
  body: unknown;
  bodyText: string;
  bylines: unknown;
  bylineWith: string;
  tags?: { tagId: string; position: number }[];
  tagIds?: string[];
};

/** The content of a story or revision row. */
export function contentOf(row: StoryRow): StoryContent {
  const tagIds = row.tagIds ?? [...(row.tags ?? [])].sort((a, b) => a.position - b.position).map((t) => t.tagId);
  return {
    headline: row.headline,
    subheadline: row.subheadline,
    datelinePlace: row.datelinePlace,
    datelineDate: row.datelineDate,
    credit: row.credit,
    sectionId: row.sectionId,
    topicId: row.topicId,
    priority: row.priority,
    language: row.language,
    tagIds,
    body: readDoc(row.body),
    bodyText: row.bodyText,
    bylines: readBylines(row.bylines),
    bylineWith: row.bylineWith,
  };
}

/** The story columns that hold content (everything but the tags, which are a relation). */
export function storyColumns(content: StoryContent) {
  const { tagIds: _tags, body, bylines, ...rest } = content;
  return { ...rest, body: docJson(body), bylines: bylines.map((entry) => ({ ...entry })) } satisfies Partial<Prisma.StoryUncheckedUpdateInput>;
}

/** A story row's content columns, with the images its body shows (revisions keep only the content). */
export function storyRowColumns(content: StoryContent) {
  return { ...storyColumns(content), mediaIds: mediaIdsIn(content.body) } satisfies Partial<Prisma.StoryUncheckedUpdateInput>;
}

export async function replaceTags(tx: Tx, storyId: string, tagIds: string[]) {
  await tx.storyTag.deleteMany({ where: { storyId } });
  if (tagIds.length) await tx.storyTag.createMany({ data: tagIds.map((tagId, position) => ({ storyId, tagId, position })) });
}

type RevisionWrite = {
  storyId: string;
  authorId: string;
  reason: RevisionReason;
  storyVersion: number;
  status: StoryStatus;
  content: StoryContent;
  now: Date;
};

/** Records a revision, folding a save into the author's last one when the policy says so. */
export async function recordRevision(tx: Tx, write: RevisionWrite) {
  const last = await tx.storyRevision.findFirst({ where: { storyId: write.storyId }, orderBy: { number: 'desc' } });
  const data = {
    authorId: write.authorId,
    reason: write.reason,
    storyVersion: write.storyVersion,
    status: write.status,
    ...storyColumns(write.content),
    tagIds: write.content.tagIds,
  };
  const coalesce =
    (write.reason === 'AUTOSAVE' || write.reason === 'SAVE') && shouldCoalesce(last, { authorId: write.authorId, status: write.status, now: write.now });
  if (coalesce && last)
    return tx.storyRevision.update({
      where: { id: last.id },
      data: { ...data, reason: last.reason === 'SAVE' || write.reason === 'SAVE' ? 'SAVE' : 'AUTOSAVE' },
    });
  return tx.storyRevision.create({ data: { ...data, storyId: write.storyId, number: (last?.number ?? 0) + 1, createdAt: write.now } });
}

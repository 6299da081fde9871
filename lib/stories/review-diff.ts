import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import type { StoryContent } from './content';
import { contentOf } from './records';
import { diffStoryContent, type FieldDiff } from './diff';

export type ReviewBaseline = 'published' | 'approved' | 'sentBack';
export const BASELINE_LABELS: Record<ReviewBaseline, string> = {
  published: 'Changes since the published version',
  approved: 'Changes since the approved version',
  sentBack: 'Changes since it was sent back',
};

/**
 * What a reviewer compares the working copy with: the published version of a live
 * story; otherwise the last version someone approved or sent back (whichever came
 * later). Null when there is none: the reviewer reads the whole text.
 */
async function findBaseline(storyId: string): Promise<{ kind: ReviewBaseline; content: StoryContent; story: StoryContent } | null> {
  const story = await prisma.story.findUnique({ where: { id: storyId }, include: { tags: true, publication: { include: { tags: true } } } });
  if (!story || story.status === 'PUBLISHED' || story.status === 'KILLED' || story.status === 'SCHEDULED') return null;
  if (story.publication && !story.publication.killedAt) return { kind: 'published', content: contentOf(story.publication), story: contentOf(story) };
  const revision = await prisma.storyRevision.findFirst({
    where: { storyId, reason: 'STATUS_CHANGE', status: { in: ['APPROVED', 'CHANGES_REQUESTED'] } },
    orderBy: { number: 'desc' },
  });
  if (!revision) return null;
  return { kind: revision.status === 'APPROVED' ? 'approved' : 'sentBack', content: contentOf(revision), story: contentOf(story) };
}

/** The word diff a reviewer sees, with what it is measured against. */
export async function reviewDiff(viewer: Viewer, storyId: string): Promise<{ kind: ReviewBaseline; label: string; diff: FieldDiff[] } | null> {
  assertCan(viewer, 'desk.view');
  const baseline = await findBaseline(storyId);
  if (!baseline) return null;
  const { content: before, story: after } = baseline;
  const ids = [...new Set([before.sectionId, after.sectionId, before.topicId, after.topicId].filter((v): v is string => !!v))];
  const [sections, topics, tags] = await Promise.all([
    prisma.section.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    prisma.topic.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
    prisma.tag.findMany({ where: { id: { in: [...before.tagIds, ...after.tagIds] } }, select: { id: true, name: true } }),
  ]);
  const diff = diffStoryContent(before, after, {
    sections: new Map(sections.map((s) => [s.id, s.name])),
    topics: new Map(topics.map((t) => [t.id, t.title])),
    tags: new Map(tags.map((t) => [t.id, t.name])),
  });
  return { kind: baseline.kind, label: BASELINE_LABELS[baseline.kind], diff };
}

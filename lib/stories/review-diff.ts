import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { contentOf } from './records';
import { diffStoryContent, type FieldDiff } from './diff';

/** For an update of a live story: what changed since the published version, word by word. */
export async function diffAgainstPublished(viewer: Viewer, storyId: string): Promise<FieldDiff[] | null> {
  assertCan(viewer, 'desk.view');
  const story = await prisma.story.findUnique({ where: { id: storyId }, include: { tags: true, publication: { include: { tags: true } } } });
  if (!story?.publication || story.status === 'PUBLISHED' || story.status === 'KILLED') return null;
  const before = contentOf(story.publication);
  const after = contentOf(story);
  const ids = [...new Set([before.sectionId, after.sectionId, before.topicId, after.topicId].filter((v): v is string => !!v))];
  const [sections, topics, tags] = await Promise.all([
    prisma.section.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }),
    prisma.topic.findMany({ where: { id: { in: ids } }, select: { id: true, title: true } }),
    prisma.tag.findMany({ where: { id: { in: [...before.tagIds, ...after.tagIds] } }, select: { id: true, name: true } }),
  ]);
  return diffStoryContent(before, after, {
    sections: new Map(sections.map((s) => [s.id, s.name])), topics: new Map(topics.map((t) => [t.id, t.title])), tags: new Map(tags.map((t) => [t.id, t.name])),
  });
}

import 'server-only';
import { prisma } from '@/lib/db';

/** Topics (dossiers) for pickers, alphabetically. */
export function listTopicOptions() {
  return prisma.topic.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } });
}

/** Topics for the story editor's choice, each with the titles it has in other languages (language → title). */
export async function listTopicOptionsByLanguage() {
  const topics = await prisma.topic.findMany({
    orderBy: { title: 'asc' },
    select: { id: true, title: true, titles: { select: { language: true, title: true } } },
  });
  return topics.map(({ titles, ...topic }) => ({ ...topic, titles: Object.fromEntries(titles.filter((t) => t.title).map((t) => [t.language, t.title])) }));
}

export function listTopicsWithCounts() {
  return prisma.topic.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true, slug: true, _count: { select: { stories: true } } } });
}

export function getTopic(id: string) {
  return prisma.topic.findUnique({ where: { id }, include: { titles: { select: { language: true, title: true } } } });
}

/** A topic by its public slug, with its background box. */
export function getTopicBySlug(slug: string) {
  return prisma.topic.findUnique({
    where: { slug },
    select: { id: true, title: true, slug: true, background: true, titles: { select: { language: true, title: true } } },
  });
}

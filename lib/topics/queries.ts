import { prisma } from '@/lib/db';

/** Topics (dossiers) for pickers, alphabetically. */
export function listTopicOptions() {
  return prisma.topic.findMany({ orderBy: { title: 'asc' }, select: { id: true, title: true } });
}

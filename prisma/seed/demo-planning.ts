import { prisma } from '@/lib/db';
import { slugFromName } from '@/lib/tags/slug';

/**
 * The planning side of the demo desk. The seed story is the Kremlin's announcement of
 * Wednesday's talks: exactly what a planner turns into an event with coverage, here
 * already published. Today's budget gets a few lines around the other demo stories, one
 * of them late (warned already, so the job does not notify anyone at start). Runs once.
 */
export async function seedDemoPlanning(users: { EDITOR: string; REVIEWER: string }, seedStorySlug: string, now: Date) {
  if (await prisma.planningEvent.findFirst({ where: { title: 'Putin–Pashinyan talks in the Kremlin' } })) return;
  const section = async (slug: string) => (await prisma.section.findUniqueOrThrow({ where: { slug } })).id;
  const story = (slug: string) => prisma.story.findFirst({ where: { slug: { startsWith: slug } }, select: { id: true } });
  const seedStory = await prisma.story.findUniqueOrThrow({ where: { slug: seedStorySlug }, select: { id: true, topicId: true } });
  const tags = await prisma.tag.findMany({
    where: { slug: { in: ['Vladimir Putin', 'Nikol Pashinyan', 'Kremlin', 'Russia', 'Armenia', 'Nagorno-Karabakh'].map(slugFromName) } },
    select: { id: true },
  });
  const hours = (h: number) => new Date(now.getTime() + h * 3_600_000);

  await prisma.planningEvent.create({
    data: {
      title: 'Putin–Pashinyan talks in the Kremlin',
      startsAt: new Date('2021-07-07T12:00:00Z'),
      endsAt: new Date('2021-07-07T14:00:00Z'),
      timeZone: 'Europe/Moscow',
      place: 'Kremlin, Moscow',
      topicId: seedStory.topicId,
      source: 'desk',
      createdById: users.REVIEWER,
      notes:
        'Armenia’s Acting Prime Minister’s first visit abroad after the elections. Kremlin Spokesman Dmitry Peskov: Nagorno-Karabakh will be discussed, no documents will be signed.',
      tags: { create: tags.map((tag, position) => ({ tagId: tag.id, position })) },
      coverages: {
        create: [
          {
            slug: 'RUSSIA-ARMENIA-TALKS',
            headline: 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin',
            language: 'en',
            sectionId: await section('world'),
            assigneeId: users.EDITOR,
            dueAt: new Date('2021-07-07T09:00:00Z'),
            status: 'PUBLISHED',
            storyId: seedStory.id,
            createdById: users.REVIEWER,
            dueWarnedAt: new Date('2021-07-07T08:45:00Z'),
          },
          {
            slug: 'RUSSIA-ARMENIA-TALKS-RESULTS',
            headline: 'Putin and Pashinyan sum up their talks',
            language: 'en',
            priority: 'URGENT',
            sectionId: await section('world'),
            assigneeId: users.REVIEWER,
            dueAt: new Date('2021-07-07T15:00:00Z'),
            status: 'CANCELLED',
            createdById: users.REVIEWER,
            note: 'No press statements after the talks.',
          },
        ],
      },
    },
  });

  const today = [
    { slug: 'ARCTIC-EXPEDITION', storySlug: 'arctic-expedition', status: 'IN_PROGRESS', section: 'science', assigneeId: users.EDITOR, dueAt: hours(4) },
    {
      slug: 'GENEVA-MINISTERS',
      storySlug: 'foreign-ministers-to-meet',
      status: 'FILED',
      section: 'politics',
      assigneeId: users.EDITOR,
      dueAt: hours(1),
      priority: 'URGENT' as const,
    },
    { slug: 'BUDGET-VOTE', storySlug: 'parliament-to-vote', status: 'FILED', section: 'politics', assigneeId: users.EDITOR, dueAt: hours(6) },
    {
      slug: 'MINSK-FOLLOWUP',
      storySlug: null,
      status: 'IN_PROGRESS',
      section: 'politics',
      assigneeId: users.EDITOR,
      dueAt: hours(-2),
      note: 'Sources to confirm the postponement.',
    },
    { slug: 'ZENIT-PRESSER', storySlug: null, status: 'PLANNED', section: 'sports', assigneeId: null, dueAt: hours(5), language: 'ru' },
  ] as const;
  for (const line of today) {
    const linked = line.storySlug ? await story(line.storySlug) : null;
    await prisma.coverage.create({
      data: {
        slug: line.slug,
        language: 'language' in line ? line.language : 'en',
        priority: 'priority' in line ? line.priority : 'ROUTINE',
        sectionId: await section(line.section),
        assigneeId: line.assigneeId,
        dueAt: line.dueAt,
        status: line.status,
        storyId: linked?.id ?? null,
        createdById: users.REVIEWER,
        note: 'note' in line ? line.note : '',
        dueWarnedAt: line.dueAt < hours(0.5) ? now : null,
      },
    });
  }
}

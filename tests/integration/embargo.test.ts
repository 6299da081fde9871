import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { runOnce } from 'graphile-worker';
import { listenForPublicChanges, type PublicChange } from '@/lib/cache/public-change';
import { EMBARGO_TASK } from '@/lib/jobs/queue';
import { liftEmbargo } from '@/lib/stories/lift-embargo';
import { quietLogger } from '../../scripts/lib/migrate.ts';
import { getPublishedStory } from '@/lib/stories/public-queries';
import { transitionStory } from '@/lib/stories/transition';
import { utcToZonedInput } from '@/lib/time/zoned';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const MOSCOW = 'Europe/Moscow';
const inMoscow = (date: Date) => utcToZonedInput(date, MOSCOW);

describe('embargo', () => {
  it('a story published under embargo is on no public surface until the time, and a job refreshes the pages then', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const until = new Date(Math.floor((Date.now() + 2 * 3_600_000) / 1000) * 1000);
    const story = await saveStoryInput(editor, storyInput({ headline: 'Embargoed budget figures', embargoUntil: inMoscow(until) }));
    expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).embargoUntil?.getTime()).toBe(until.getTime());

    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });

    const publication = await prisma.publication.findUniqueOrThrow({ where: { storyId: story.id } });
    expect(publication.visibleAt.getTime()).toBe(until.getTime());
    expect(await getPublishedStory(story.slug)).toBeNull();
    const jobs = await prisma.$queryRaw<{ task_identifier: string; run_at: Date }[]>`
      SELECT task_identifier, run_at FROM graphile_worker.jobs WHERE key = ${`embargo:${story.id}`}`;
    expect(jobs).toEqual([{ task_identifier: EMBARGO_TASK, run_at: until }]);

    // The time comes: the story is visible, and the job tells every instance to refresh its pages.
    await prisma.publication.update({ where: { storyId: story.id }, data: { visibleAt: new Date(Date.now() - 1000) } });
    expect((await getPublishedStory(story.slug))?.headline).toBe('Embargoed budget figures');
    await prisma.$queryRaw`SELECT graphile_worker.reschedule_jobs(ARRAY(SELECT id FROM graphile_worker.jobs WHERE key = ${`embargo:${story.id}`}), run_at := now())`;
    const heard: PublicChange[] = [];
    const listener = listenForPublicChanges(
      process.env.DATABASE_URL!,
      (change) => heard.push(change),
      () => {},
    );
    try {
      await listener.ready;
      await runOnce({
        connectionString: process.env.DATABASE_URL,
        taskList: { [EMBARGO_TASK]: async (payload) => void (await liftEmbargo(payload)) },
        logger: quietLogger(),
      });
      await expect.poll(() => heard).toContainEqual({ slug: story.slug, from: 'job-runner' });
    } finally {
      await listener.stop();
    }
    expect(await prisma.$queryRaw`SELECT 1 FROM graphile_worker.jobs WHERE key = ${`embargo:${story.id}`}`).toEqual([]);
  });

  it('refuses an embargo in the past or a malformed one, naming the field, and writes nothing', async () => {
    const editor = await seedUser('EDITOR');
    await expect(
      saveStoryInput(editor, storyInput({ headline: 'Refused embargo', embargoUntil: inMoscow(new Date(Date.now() - 60_000)) })),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { embargoUntil: ['Choose a time in the future, or leave it empty.'] } });
    await expect(saveStoryInput(editor, storyInput({ headline: 'Refused embargo', embargoUntil: 'tomorrow at noon' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { embargoUntil: ['Use a date and a time, like 2026-11-28 15:00.'] },
    });
    expect(await prisma.story.count({ where: { headline: 'Refused embargo' } })).toBe(0);
  });

  it('the embargo is fixed once the story has been published', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Published without embargo' }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
    await expect(
      saveStoryInput(
        editor,
        storyInput({
          id: story.id,
          baseVersion: story.version,
          headline: 'Published without embargo',
          embargoUntil: inMoscow(new Date(Date.now() + 3_600_000)),
        }),
      ),
    ).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { embargoUntil: ['Fixed at publication.'] } });
  });
});

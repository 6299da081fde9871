import { runOnce } from 'graphile-worker';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { publishScheduledStory } from '@/lib/stories/publish-scheduled';
import { PUBLISH_TASK, publishJobKey } from '@/lib/jobs/queue';
import { getPublishedStory } from '@/lib/stories/public-queries';
import { transitionStory } from '@/lib/stories/transition';
import { quietLogger } from '../../scripts/lib/migrate';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const taskList = { [PUBLISH_TASK]: async (payload: unknown) => void (await publishScheduledStory(payload)) };
const runWorker = () => runOnce({ connectionString: process.env.DATABASE_URL, taskList, logger: quietLogger(), concurrency: 2 });

async function approvedStory(headline: string) {
  const editor = await seedUser('EDITOR');
  const reviewer = await seedUser('REVIEWER');
  const story = await saveStoryInput(editor, storyInput({ headline }));
  await transitionStory(editor, { storyId: story.id, action: 'submit' });
  await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
  return { story, reviewer };
}

const jobFor = async (storyId: string) =>
  (await prisma.$queryRaw<{ run_at: Date }[]>`SELECT run_at FROM graphile_worker.jobs WHERE key = ${publishJobKey(storyId)}`)[0] ?? null;

/** Moves a schedule into the past, as if the time came while no worker was running. */
async function letTimePass(storyId: string) {
  const past = new Date(Date.now() - 60_000);
  await prisma.story.update({ where: { id: storyId }, data: { scheduledAt: past } });
  await prisma.$executeRaw`UPDATE graphile_worker._private_jobs SET run_at = ${past} WHERE key = ${publishJobKey(storyId)}`;
}

describe('scheduled publication on the PostgreSQL job queue', () => {
  it('scheduling queues one job at the chosen time; it does not publish early', async () => {
    const { story, reviewer } = await approvedStory('Scheduled for later');
    const at = new Date(Date.now() + 3_600_000);
    await transitionStory(reviewer, { storyId: story.id, action: 'schedule', at });
    expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('SCHEDULED');
    expect((await jobFor(story.id))?.run_at.getTime()).toBe(at.getTime());
    await runWorker();
    expect(await getPublishedStory(story.slug)).toBeNull();
    expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('SCHEDULED');
  });

  it('a schedule whose time passed while nothing ran is published when a worker starts', async () => {
    const { story, reviewer } = await approvedStory('Missed while the app was down');
    await transitionStory(reviewer, { storyId: story.id, action: 'schedule', at: new Date(Date.now() + 3_600_000) });
    await letTimePass(story.id);
    await runWorker();
    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.status).toBe('PUBLISHED');
    expect(row.scheduledAt).toBeNull();
    expect((await getPublishedStory(story.slug))?.headline).toBe('Missed while the app was down');
    expect(await prisma.auditEvent.findFirst({ where: { storyId: story.id, action: 'story.publish' } })).toMatchObject({
      fromStatus: 'SCHEDULED',
      note: 'Published on schedule',
    });
    expect(await jobFor(story.id)).toBeNull();
  });

  it('unscheduling removes the job, and a past time is refused', async () => {
    const { story, reviewer } = await approvedStory('Changed our minds');
    await expect(transitionStory(reviewer, { storyId: story.id, action: 'schedule', at: new Date(Date.now() - 1000) })).rejects.toThrow(/future/);
    await transitionStory(reviewer, { storyId: story.id, action: 'schedule', at: new Date(Date.now() + 3_600_000) });
    await transitionStory(reviewer, { storyId: story.id, action: 'unschedule' });
    expect(await jobFor(story.id)).toBeNull();
    expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('APPROVED');
  });

  it('each job runs once even with two workers taking jobs at the same time', async () => {
    const stories = [];
    for (let i = 0; i < 8; i++) {
      const { story, reviewer } = await approvedStory(`Race ${i}`);
      await transitionStory(reviewer, { storyId: story.id, action: 'schedule', at: new Date(Date.now() + 3_600_000) });
      await letTimePass(story.id);
      stories.push(story);
    }
    await Promise.all([runWorker(), runWorker()]);
    for (const story of stories) {
      expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).status).toBe('PUBLISHED');
      expect(await prisma.auditEvent.count({ where: { storyId: story.id, action: 'story.publish' } })).toBe(1);
      expect(await prisma.storyRevision.count({ where: { storyId: story.id, status: 'PUBLISHED' } })).toBe(1);
    }
  });

  it('a delivery for a story no longer scheduled does nothing', async () => {
    const { story, reviewer } = await approvedStory('Published by hand first');
    await transitionStory(reviewer, { storyId: story.id, action: 'schedule', at: new Date(Date.now() + 3_600_000) });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
    expect(await jobFor(story.id)).toBeNull();
    expect(await publishScheduledStory({ storyId: story.id, userId: reviewer.id })).toEqual({ published: false });
    expect(await prisma.auditEvent.count({ where: { storyId: story.id, action: 'story.publish' } })).toBe(1);
  });
});

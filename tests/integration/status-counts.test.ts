import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { countStoriesByStatus } from '@/lib/stories/desk-queries';
import { transitionStory } from '@/lib/stories/transition';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

async function counted() {
  const groups = await prisma.story.groupBy({ by: ['status'], _count: { _all: true } });
  return Object.fromEntries(groups.map((g) => [g.status, g._count._all]));
}

describe('counts per status, kept by triggers', () => {
  it('match a real count through creation, saves, transitions, bulk changes and deletion', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const stories = [];
    for (let i = 0; i < 4; i++) stories.push(await saveStoryInput(editor, storyInput({ headline: `Counted ${i}` })));
    await saveStoryInput(editor, storyInput({ id: stories[0]!.id, baseVersion: stories[0]!.version, headline: 'Counted 0, edited' }));
    await transitionStory(editor, { storyId: stories[1]!.id, action: 'submit' });
    await transitionStory(editor, { storyId: stories[2]!.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: stories[2]!.id, action: 'approve' });
    expect(await countStoriesByStatus(reviewer)).toEqual(await counted());
    await prisma.story.updateMany({ where: { status: 'DRAFT' }, data: { status: 'IN_REVIEW' } });
    await prisma.story.delete({ where: { id: stories[3]!.id } });
    expect(await countStoriesByStatus(reviewer)).toEqual(await counted());
  });
});

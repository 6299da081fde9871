import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { isPubliclyVisible, publicPublicationSql, publicPublicationWhere } from '@/lib/stories/visibility';
import { transitionStory } from '@/lib/stories/transition';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

describe('the one visibility rule', () => {
  it('reads the same as a Prisma where, an SQL condition and a predicate, at every edge', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const cases = {
      public: { visibleAt: new Date(now.getTime() - 60_000), killedAt: null },
      atTheSecond: { visibleAt: now, killedAt: null },
      embargoed: { visibleAt: new Date(now.getTime() + 1), killedAt: null },
      killed: { visibleAt: new Date(now.getTime() - 60_000), killedAt: new Date(now.getTime() - 1_000) },
      killedUnderEmbargo: { visibleAt: new Date(now.getTime() + 3_600_000), killedAt: now },
    };
    const ids = new Map<string, string>();
    for (const [name, fields] of Object.entries(cases)) {
      const story = await saveStoryInput(editor, storyInput({ headline: `Visibility ${name}` }));
      await transitionStory(editor, { storyId: story.id, action: 'submit' });
      await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
      await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
      await prisma.publication.update({ where: { storyId: story.id }, data: fields });
      ids.set(story.id, name);
    }
    const storyIds = [...ids.keys()];
    const names = (found: string[]) => found.map((id) => ids.get(id)).sort();

    const byPrisma = await prisma.publication.findMany({ where: { storyId: { in: storyIds }, ...publicPublicationWhere(now) }, select: { storyId: true } });
    const bySql = await prisma.$queryRaw<{ storyId: string }[]>`
      SELECT pub."storyId" FROM "Publication" pub WHERE pub."storyId" = ANY(${storyIds}) AND ${publicPublicationSql('pub', now)}`;
    const rows = await prisma.publication.findMany({ where: { storyId: { in: storyIds } }, select: { storyId: true, killedAt: true, visibleAt: true } });
    const byPredicate = rows.filter((row) => isPubliclyVisible(row, now));

    expect(names(byPrisma.map((r) => r.storyId))).toEqual(['atTheSecond', 'public']);
    expect(names(bySql.map((r) => r.storyId))).toEqual(['atTheSecond', 'public']);
    expect(names(byPredicate.map((r) => r.storyId))).toEqual(['atTheSecond', 'public']);
  });

  it('takes only a plain alias into its SQL', () => {
    expect(() => publicPublicationSql('p" OR 1=1 --')).toThrow(/Not an SQL alias/);
  });
});

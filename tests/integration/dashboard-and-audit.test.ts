import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { listAuditEvents } from '@/lib/audit/queries';
import { medianSubmitToPublish, publishedPerHour } from '@/lib/stories/dashboard-queries';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const NOW = new Date('2026-11-28T12:30:00Z');
const at = (hoursAgo: number) => new Date(NOW.getTime() - hoursAgo * 3_600_000);

describe('dashboard figures', () => {
  it('counts publications per hour over two days and the median time from submission to publication', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const timeline: [submittedHoursAgo: number, publishedHoursAgo: number][] = [
      [3, 2.5],
      [10, 9],
      [20, 17],
      [60, 50],
    ];
    for (const [index, [submitted, published]] of timeline.entries()) {
      const story = await saveStoryInput(editor, storyInput({ headline: `Story ${index}` }));
      await prisma.auditEvent.createMany({
        data: [
          { storyId: story.id, actorId: editor.id, action: 'story.submit', createdAt: at(submitted) },
          { storyId: story.id, actorId: reviewer.id, action: 'story.publish', createdAt: at(published) },
        ],
      });
    }
    const hours = await publishedPerHour(reviewer, NOW);
    expect(hours).toHaveLength(48);
    expect(hours.at(-1)!.hour.toISOString()).toBe('2026-11-28T12:00:00.000Z');
    expect(hours.reduce((sum, h) => sum + h.count, 0)).toBe(3); // 50 hours ago is outside the window
    expect(hours.find((h) => h.hour.toISOString() === '2026-11-28T10:00:00.000Z')?.count).toBe(1); // published 10:00

    const median = await medianSubmitToPublish(reviewer, NOW);
    expect(median).toEqual({ medianMs: 7_200_000, publications: 4 }); // 0.5 h, 1 h, 3 h, 10 h: the mean of the middle two
  });
});

describe('desk-wide audit log', () => {
  it('is for admins only, newest first, filterable and paginated', async () => {
    const admin = await seedUser('ADMIN');
    const editor = await seedUser('EDITOR');
    for (let i = 0; i < 55; i++)
      await prisma.auditEvent.create({ data: { actorId: admin.id, action: 'tag.create', note: `tag ${i}`, createdAt: new Date(Date.UTC(2027, 0, 1, 0, i)) } });
    await prisma.auditEvent.create({ data: { actorId: editor.id, action: 'story.create', createdAt: new Date(Date.UTC(2027, 0, 2)) } });

    await expect(listAuditEvents(editor, {})).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const first = await listAuditEvents(admin, {});
    expect(first.events[0]!.action).toBe('story.create');
    expect(first.events).toHaveLength(50);
    const second = await listAuditEvents(admin, { before: first.next! });
    expect(second.events.slice(0, 6).map((e) => e.note)).toEqual(['tag 5', 'tag 4', 'tag 3', 'tag 2', 'tag 1', 'tag 0']);
    expect((await listAuditEvents(admin, { action: 'tag.create', before: first.next! })).next).toBeNull();
    expect((await listAuditEvents(admin, { actorId: editor.id })).events.map((e) => e.action)).toEqual(['story.create']);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { parseInput } from '@/lib/errors';
import { createCoverage, updateCoverage } from '@/lib/planning/coverage-mutations';
import { checkDeadlines } from '@/lib/planning/deadlines';
import { createEvent, setEventCancelled, updateEvent } from '@/lib/planning/event-mutations';
import { importCalendar } from '@/lib/planning/import-events';
import { listBudget, listEventsBetween } from '@/lib/planning/queries';
import { startCoverageStory } from '@/lib/planning/start-story';
import { ZCoverage, ZEvent } from '@/lib/planning/validation';
import { transitionStory } from '@/lib/stories/transition';
import { formatDeskTime } from '@/lib/time/format';
import { utcToZonedInput } from '@/lib/time/zoned';
import { createWebhook } from '@/lib/webhooks/mutations';
import { seedUser } from '../support/factories';

const zone = 'Europe/Moscow';
const due = (msFromNow: number) => utcToZonedInput(new Date(Date.now() + msFromNow), zone).slice(0, 16);
const eventInput = (overrides: Record<string, unknown> = {}) =>
  parseInput(ZEvent, {
    title: 'Putin, Pashinyan talks',
    startsAt: '2026-12-09 15:00',
    endsAt: '2026-12-09 17:00',
    timeZone: zone,
    place: 'Kremlin, Moscow',
    ...overrides,
  });
const coverageInput = (overrides: Record<string, unknown> = {}) =>
  parseInput(ZCoverage, { slug: `TALKS-${Math.random().toString(36).slice(2, 7)}`, language: 'en', dueAt: due(3 * 3_600_000), ...overrides });
const ics = readFileSync(path.resolve(import.meta.dirname, '../fixtures/ics/kremlin-press.ics'));

async function plannedTalks() {
  const reviewer = await seedUser('REVIEWER');
  const editor = await seedUser('EDITOR');
  const section = await prisma.section.create({ data: { name: `World ${Math.random()}`, slug: `world-${Math.random().toString(36).slice(2)}` } });
  const topic = await prisma.topic.create({ data: { title: 'Nagorno-Karabakh', slug: `nk-${Math.random().toString(36).slice(2)}`, background: {} } });
  const tag = await prisma.tag.create({
    data: {
      kind: 'PERSON',
      name: 'Nikol Pashinyan',
      normalizedName: `nikol pashinyan ${Math.random()}`,
      slug: `pashinyan-${Math.random().toString(36).slice(2)}`,
    },
  });
  await prisma.tagAlias.create({ data: { tagId: tag.id, name: 'Pashinyan', normalized: `pashinyan-${tag.id}` } });
  const event = await createEvent(reviewer, { ...eventInput({ topicId: topic.id }), tags: [] });
  await prisma.planningEventTag.create({ data: { eventId: event.id, tagId: tag.id } });
  return { reviewer, editor, section, topic, tag, event };
}

describe('planning: events', () => {
  it('a planner adds, changes and cancels an event, each change audited; an editor may only look', async () => {
    const reviewer = await seedUser('REVIEWER');
    const editor = await seedUser('EDITOR');
    await expect(createEvent(editor, eventInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const { id } = await createEvent(reviewer, eventInput());
    const row = await prisma.planningEvent.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({
      title: 'Putin, Pashinyan talks',
      timeZone: zone,
      startsAt: new Date('2026-12-09T12:00:00Z'),
      endsAt: new Date('2026-12-09T14:00:00Z'),
      source: 'desk',
    });
    expect(await updateEvent(reviewer, id, eventInput({ place: 'Novo-Ogaryovo' }))).toEqual({ id, changed: true });
    expect(await updateEvent(reviewer, id, eventInput({ place: 'Novo-Ogaryovo' }))).toEqual({ id, changed: false });
    const coverage = await createCoverage(reviewer, coverageInput({ eventId: id }));
    await setEventCancelled(reviewer, id, true);
    expect((await prisma.coverage.findUniqueOrThrow({ where: { id: coverage.id } })).status).toBe('CANCELLED');
    const audit = await prisma.auditEvent.findMany({ where: { actorId: reviewer.id }, orderBy: { createdAt: 'asc' }, select: { action: true, note: true } });
    expect(audit.map((a) => a.action)).toEqual(['event.create', 'event.update', 'coverage.create', 'event.cancel']);
    expect(audit[1]!.note).toMatch(/place changed/);
    expect((await listEventsBetween(editor, new Date('2026-12-09T00:00:00Z'), new Date('2026-12-10T00:00:00Z'))).map((e) => e.id)).toContain(id);
  });

  it('refuses tag names that are no tag, with the names under Tags', async () => {
    const reviewer = await seedUser('REVIEWER');
    await expect(createEvent(reviewer, eventInput({ tags: 'Nobody Atall' }))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { tags: [expect.stringContaining('“Nobody Atall”')] },
    });
  });

  it('imports an iCalendar file in one transaction; importing it again updates instead of doubling', async () => {
    const reviewer = await seedUser('REVIEWER');
    const now = new Date('2021-07-01T00:00:00Z');
    const first = await importCalendar(reviewer, ics, 'kremlin.ics', now);
    expect(first).toMatchObject({ created: 8, updated: 0, found: 7 });
    expect(first.notes).toContain('1 cancelled event left out.');
    const again = await importCalendar(reviewer, ics, 'kremlin.ics', now);
    expect(again).toMatchObject({ created: 0, updated: 8 });
    expect(await prisma.planningEvent.count({ where: { source: 'ical' } })).toBe(8);
    expect(await prisma.auditEvent.count({ where: { action: 'event.import', actorId: reviewer.id } })).toBe(2);
    await expect(importCalendar(reviewer, Buffer.from('\u0000\u0001garbage'), 'x.ics')).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/not an iCalendar file/),
    });
    await expect(importCalendar(reviewer, Buffer.from('BEGIN:VCALENDAR\r\n' + 'BEGIN:X\r\n'.repeat(50) + 'END:VCALENDAR\r\n'), 'x.ics')).rejects.toMatchObject({
      message: expect.stringMatching(/levels deep/),
    });
    await expect(importCalendar(await seedUser('EDITOR'), ics, 'x.ics')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('planning: coverage and its story', () => {
  it('Start story makes the linked story with the planned fields; the coverage then follows the workflow', async () => {
    const { reviewer, editor, section, topic, tag, event } = await plannedTalks();
    const { id } = await createCoverage(
      reviewer,
      coverageInput({
        eventId: event.id,
        slug: 'RUSSIA-ARMENIA',
        headline: 'Putin and Pashinyan meet in the Kremlin',
        language: 'ru',
        priority: 'URGENT',
        sectionId: section.id,
        assigneeId: editor.id,
      }),
    );
    expect(await prisma.notification.findFirst({ where: { userId: editor.id, kind: 'coverage.assigned' } })).toMatchObject({
      message: expect.stringContaining('RUSSIA-ARMENIA'),
    });
    expect((await prisma.coverage.findUniqueOrThrow({ where: { id } })).status).toBe('ASSIGNED');

    await expect(startCoverageStory(await seedUser('EDITOR'), id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const started = await startCoverageStory(editor, id);
    expect(started.created).toBe(true);
    const story = await prisma.story.findUniqueOrThrow({ where: { id: started.storyId }, include: { tags: true } });
    expect(story).toMatchObject({
      headline: 'Putin and Pashinyan meet in the Kremlin',
      language: 'ru',
      priority: 'URGENT',
      sectionId: section.id,
      topicId: topic.id,
      datelinePlace: 'Moscow',
      authorId: editor.id,
      status: 'DRAFT',
    });
    expect(story.tags.map((t) => t.tagId)).toEqual([tag.id]);
    expect(await prisma.coverage.findUniqueOrThrow({ where: { id } })).toMatchObject({ storyId: story.id, status: 'IN_PROGRESS' });
    expect(await startCoverageStory(reviewer, id)).toEqual({ storyId: story.id, created: false });
    expect(await prisma.auditEvent.count({ where: { action: 'coverage.start', storyId: story.id } })).toBe(1);

    await prisma.story.update({
      where: { id: story.id },
      data: {
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The leaders met on Wednesday.' }] }] },
        bodyText: 'The leaders met on Wednesday.',
      },
    });
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    expect((await prisma.coverage.findUniqueOrThrow({ where: { id } })).status).toBe('FILED');
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
    expect((await prisma.coverage.findUniqueOrThrow({ where: { id } })).status).toBe('PUBLISHED');
    const follows = await prisma.auditEvent.findMany({ where: { storyId: story.id, action: 'coverage.follow' }, orderBy: { createdAt: 'asc' } });
    expect(follows.map((f) => (f.data as { to: string }).to)).toEqual(['FILED', 'PUBLISHED']);
  });

  it('two people starting the same coverage at once get one story', async () => {
    const { reviewer, event } = await plannedTalks();
    const { id } = await createCoverage(reviewer, coverageInput({ eventId: event.id }));
    const [a, b] = await Promise.all([startCoverageStory(reviewer, id), startCoverageStory(reviewer, id)]);
    expect(a.storyId).toBe(b.storyId);
    expect(await prisma.story.count({ where: { headline: 'Putin, Pashinyan talks', authorId: reviewer.id } })).toBe(1); // the other draft was removed
    expect([a.created, b.created].filter(Boolean)).toHaveLength(1);
  });

  it('only assigners may name someone or move a deadline; a new deadline is warned about again', async () => {
    const reviewer = await seedUser('REVIEWER');
    const editor = await seedUser('EDITOR');
    await expect(createCoverage(editor, coverageInput())).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const input = coverageInput({ dueAt: due(5 * 60_000) });
    const { id } = await createCoverage(reviewer, input);
    await checkDeadlines();
    expect((await prisma.coverage.findUniqueOrThrow({ where: { id } })).dueWarnedAt).not.toBeNull();
    await updateCoverage(reviewer, id, { ...input, dueAt: new Date(Date.now() + 2 * 3_600_000) });
    expect((await prisma.coverage.findUniqueOrThrow({ where: { id } })).dueWarnedAt).toBeNull();
    expect(await prisma.auditEvent.findFirst({ where: { action: 'coverage.update', data: { path: ['coverageId'], equals: id } } })).toMatchObject({
      note: expect.stringMatching(/dueAt changed/),
    });
  });

  it('the budget filters by Mine, language and status', async () => {
    const reviewer = await seedUser('REVIEWER');
    const editor = await seedUser('EDITOR');
    const at = Date.now() + 30 * 86_400_000;
    const dueAt = (h: number) => utcToZonedInput(new Date(at + h * 3_600_000), zone).slice(0, 16);
    await createCoverage(reviewer, coverageInput({ slug: 'B-MINE', assigneeId: editor.id, dueAt: dueAt(2) }));
    await createCoverage(reviewer, coverageInput({ slug: 'A-RU', language: 'ru', dueAt: dueAt(1) }));
    await createCoverage(reviewer, coverageInput({ slug: 'C-CANCELLED', status: 'CANCELLED', dueAt: dueAt(3) }));
    const range = { from: new Date(at), to: new Date(at + 6 * 3_600_000) };
    expect((await listBudget(editor, range, { mine: false })).map((l) => l.slug)).toEqual(['A-RU', 'B-MINE', 'C-CANCELLED']);
    expect((await listBudget(editor, range, { mine: true })).map((l) => l.slug)).toEqual(['B-MINE']);
    expect((await listBudget(editor, range, { mine: false, language: 'ru' })).map((l) => l.slug)).toEqual(['A-RU']);
    expect((await listBudget(editor, range, { mine: false, status: 'CANCELLED' })).map((l) => l.slug)).toEqual(['C-CANCELLED']);
  });
});

describe('planning: deadlines that are noticed', () => {
  it('warns the assignee and the desk once when coverage is due in 15 minutes and not filed, with a coverage.overdue webhook', async () => {
    process.env.NEWSROOM_ALLOW_PRIVATE_FETCH = 'true';
    const admin = await seedUser('ADMIN');
    const reviewer = await seedUser('REVIEWER');
    const editor = await seedUser('EDITOR');
    const bystander = await seedUser('EDITOR');
    const hook = await createWebhook(admin, { url: 'http://127.0.0.1:9/hook', events: ['coverage.overdue', 'schedule.missed'], description: '' });
    const soon = await createCoverage(reviewer, coverageInput({ slug: 'DUE-SOON', assigneeId: editor.id, dueAt: due(10 * 60_000) }));
    const later = await createCoverage(reviewer, coverageInput({ slug: 'DUE-LATER', assigneeId: editor.id, dueAt: due(40 * 60_000) }));
    const filed = await createCoverage(reviewer, coverageInput({ slug: 'DUE-FILED', assigneeId: editor.id, status: 'FILED', dueAt: due(5 * 60_000) }));
    const late = await createCoverage(reviewer, coverageInput({ slug: 'LATE', dueAt: due(10 * 60_000) }));
    await prisma.coverage.update({ where: { id: late.id }, data: { dueAt: new Date(Date.now() - 20 * 60_000) } });

    const [first, second] = await Promise.all([checkDeadlines(), checkDeadlines()]);
    expect(first.coverage.coverage + second.coverage.coverage).toBeGreaterThanOrEqual(2);
    const about = (slug: string) =>
      prisma.notification.findMany({
        where: { message: { contains: `“${slug}”` }, kind: { in: ['coverage.due', 'coverage.overdue'] } },
        select: { userId: true, kind: true, message: true },
      });
    const dueSoon = await about('DUE-SOON');
    expect(dueSoon.map((n) => n.userId).sort()).toEqual(expect.arrayContaining([editor.id, reviewer.id, admin.id].sort()));
    expect(dueSoon.map((n) => n.userId)).not.toContain(bystander.id);
    expect(new Set(dueSoon.map((n) => n.userId)).size).toBe(dueSoon.length); // once each, though two runners ran
    const soonRow = await prisma.coverage.findUniqueOrThrow({ where: { id: soon.id } });
    expect(dueSoon[0]!.message).toBe(`Due soon: “DUE-SOON” is due at ${formatDeskTime(soonRow.dueAt)} and is not filed (assigned to ${editor.name}).`);
    expect((await about('LATE'))[0]).toMatchObject({
      kind: 'coverage.overdue',
      message: expect.stringMatching(/^Overdue: “LATE” was due at .* \(nobody is assigned\)\.$/),
    });
    expect(await about('DUE-LATER')).toEqual([]);
    expect(await about('DUE-FILED')).toEqual([]);
    await checkDeadlines();
    expect(await about('DUE-SOON')).toHaveLength(dueSoon.length);

    const deliveries = await prisma.webhookDelivery.findMany({ where: { webhookId: hook.id, event: 'coverage.overdue' } });
    const payloads = deliveries.map((d) => d.data as Record<string, unknown>);
    expect(payloads.find((p) => p.slug === 'DUE-SOON')).toMatchObject({
      coverageId: soon.id,
      late: false,
      assignee: editor.name,
      status: 'ASSIGNED',
      deskUrl: expect.stringContaining(`/desk/planning/coverage/${soon.id}`),
    });
    expect(payloads.find((p) => p.slug === 'LATE')).toMatchObject({ late: true, assignee: null });
    expect(payloads.filter((p) => p.slug === 'DUE-SOON')).toHaveLength(1);
    expect(payloads.map((p) => p.slug)).not.toContain('DUE-LATER');
    expect(later.id).toBeTruthy();
    expect(filed.id).toBeTruthy();
  });

  it('warns once when a scheduled publication was missed, with schedule.missed (no headline to partners)', async () => {
    const admin = await seedUser('ADMIN');
    const editor = await seedUser('EDITOR');
    const hook = await createWebhook(admin, { url: 'http://127.0.0.1:9/hook', events: ['schedule.missed'], description: '' });
    const story = await prisma.story.create({
      data: {
        slug: `missed-${Date.now()}`,
        headline: 'Secret scheduled headline',
        body: {},
        authorId: editor.id,
        status: 'SCHEDULED',
        scheduledAt: new Date(Date.now() - 10 * 60_000),
      },
    });
    const onTime = await prisma.story.create({
      data: {
        slug: `ontime-${Date.now()}`,
        headline: 'Not yet',
        body: {},
        authorId: editor.id,
        status: 'SCHEDULED',
        scheduledAt: new Date(Date.now() - 30_000),
      },
    });
    await checkDeadlines();
    await checkDeadlines();
    const bystander = await seedUser('EDITOR');
    const told = await prisma.notification.findMany({ where: { storyId: story.id, kind: 'schedule.missed' } });
    expect(told.map((n) => n.userId)).not.toContain(bystander.id);
    expect(told.filter((n) => n.userId === editor.id)).toHaveLength(1);
    expect(told.filter((n) => n.userId === admin.id)).toHaveLength(1);
    expect(told[0]!.message).toMatch(/^Missed schedule: “Secret scheduled headline” was to be published at .* and is not out\.$/);
    expect(await prisma.notification.count({ where: { storyId: onTime.id } })).toBe(0);
    const [delivery, ...more] = await prisma.webhookDelivery.findMany({ where: { webhookId: hook.id } });
    expect(more).toHaveLength(0);
    expect(delivery!.data).toMatchObject({ storyId: story.id, coverageId: null });
    expect(JSON.stringify(delivery!.data)).not.toMatch(/Secret|missed-/);
    expect(await prisma.auditEvent.count({ where: { storyId: story.id, action: 'schedule.missed' } })).toBe(1);
  });
});

describe('planning: the demo desk', () => {
  it('plans the seed story’s talks as an event whose coverage is the published seed story; seeding again adds nothing', async () => {
    const { seedDemoDesk } = await import('../../prisma/seed/seed-demo-desk');
    await seedDemoDesk();
    await seedDemoDesk();
    const events = await prisma.planningEvent.findMany({
      where: { title: 'Putin–Pashinyan talks in the Kremlin' },
      include: { coverages: { include: { story: true } }, tags: { include: { tag: true } } },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ place: 'Kremlin, Moscow', timeZone: 'Europe/Moscow', startsAt: new Date('2021-07-07T12:00:00Z') });
    expect(events[0]!.tags.map((t) => t.tag.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Nikol Pashinyan', 'Nagorno-Karabakh']));
    const published = events[0]!.coverages.find((c) => c.slug === 'RUSSIA-ARMENIA-TALKS')!;
    expect(published).toMatchObject({
      status: 'PUBLISHED',
      story: { slug: 'putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin', status: 'PUBLISHED' },
    });
    expect(await prisma.coverage.count({ where: { slug: 'MINSK-FOLLOWUP' } })).toBe(1);
  });
});

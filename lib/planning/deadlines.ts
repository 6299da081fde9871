import { prisma, type Tx } from '@/lib/db';
import { PERMISSIONS } from '@/lib/auth/permissions';
import { ROLES } from '@/lib/enums';
import { env } from '@/lib/env';
import { addJobs } from '@/lib/jobs/queue';
import { mailConfig } from '@/lib/notifications/mail-config';
import { EMAIL_TASK } from '@/lib/notifications/notify';
import { formatDeskTime } from '@/lib/time/format';
import { queueDeliveries } from '@/lib/webhooks/enqueue';
import type { CoverageOverdueEventData, ScheduleMissedEventData, WebhookEvent } from '@/lib/webhooks/events';

/** The graphile-worker task (every minute, from the crontab in scripts/worker.ts). */
export const PLANNING_DEADLINES_TASK = 'planning-deadlines';
/** Warned this long before a coverage is due. */
export const WARN_BEFORE_MS = 15 * 60_000;
/** A deadline missed longer ago than this (the job runner was down for a day) is shown as Overdue on the budget, not announced. */
export const WARN_WINDOW_MS = 24 * 3_600_000;
/** A scheduled publication is missed when its story is still not out this long after its time (the job publishes within seconds). */
export const SCHEDULE_GRACE_MS = 2 * 60_000;
/** At most this many warnings of each kind per run (a run stays well under a second); after an outage the rest follow a minute later. */
export const BATCH = 500;

const deskUrl = (path: string) => new URL(path, env().NEWSROOM_SITE_URL).toString();

/** The desk: everyone whose role assigns coverage (the matrix's `planning.assign`), told with the assignee. */
async function deskPeople(tx: Tx): Promise<string[]> {
  const roles = ROLES.filter((role) => PERMISSIONS['planning.assign'][role]);
  return (await tx.user.findMany({ where: { active: true, role: { in: roles } }, select: { id: true } })).map((u) => u.id);
}

type Message = { userIds: (string | null | undefined)[]; storyId: string | null; kind: string; message: string };

/*
 * A run after an outage writes thousands of rows (a notification per person per coverage,
 * a delivery per hook per event, an audit row per warning): each kind goes in as one
 * INSERT … SELECT over a JSON parameter, ids made by PostgreSQL. Building them row by row
 * through the client took seconds.
 */

/** The notifications of a run, in one statement, with their emails queued when SMTP is configured. */
async function notifyAll(tx: Tx, messages: Message[], now: Date) {
  const rows = messages.map((m) => ({
    storyId: m.storyId,
    kind: m.kind,
    message: m.message,
    userIds: [...new Set(m.userIds.filter((id): id is string => !!id))],
  }));
  if (!rows.some((r) => r.userIds.length)) return 0;
  const made = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Notification" (id, "userId", "storyId", kind, message, "createdAt")
    SELECT gen_random_uuid()::text, u."userId", m."storyId", m.kind, m.message, ${now}
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS m("storyId" text, kind text, message text, "userIds" json)
    CROSS JOIN LATERAL json_array_elements_text(m."userIds") AS u("userId")
    RETURNING id`;
  if (mailConfig())
    await addJobs(
      tx,
      EMAIL_TASK,
      made.map((row) => ({ payload: { notificationId: row.id } })),
      { maxAttempts: 8 },
    );
  return made.length;
}

/** Webhook deliveries for many items of one event, one statement for all hooks and items. */
async function enqueueWebhookEvents(tx: Tx, event: WebhookEvent, items: object[]) {
  if (!items.length) return 0;
  const hooks = await tx.webhook.findMany({ where: { active: true, events: { has: event } }, select: { id: true } });
  if (!hooks.length) return 0;
  const deliveries = await tx.$queryRaw<{ id: string; webhookId: string }[]>`
    INSERT INTO "WebhookDelivery" (id, "webhookId", event, data)
    SELECT gen_random_uuid()::text, h.id, ${event}, d.value::jsonb
    FROM unnest(${hooks.map((h) => h.id)}::text[]) AS h(id) CROSS JOIN json_array_elements(${JSON.stringify(items)}::json) AS d(value)
    RETURNING id, "webhookId"`;
  await queueDeliveries(tx, deliveries);
  return deliveries.length;
}

/** The job's audit rows (no actor: the job runner), in one statement. */
async function auditAll(tx: Tx, action: string, rows: { storyId: string | null; note: string; data: object }[], now: Date) {
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" (id, "storyId", action, note, data, "createdAt")
    SELECT gen_random_uuid()::text, a."storyId", ${action}, a.note, a.data::jsonb, ${now}
    FROM json_to_recordset(${JSON.stringify(rows)}::json) AS a("storyId" text, note text, data json)`;
}

/**
 * Coverage due within 15 minutes (or late, up to a day) and not filed: claimed in one
 * statement (so two runners never warn twice), then the assignee and the desk are told
 * and `coverage.overdue` goes to the webhooks, all in the claim's transaction.
 */
async function warnDueCoverage(tx: Tx, now: Date) {
  const claimed = await tx.$queryRaw<{ id: string }[]>`
    UPDATE "Coverage" SET "dueWarnedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "Coverage"
      WHERE "dueWarnedAt" IS NULL AND status IN ('PLANNED', 'ASSIGNED', 'IN_PROGRESS')
        AND "dueAt" <= ${new Date(now.getTime() + WARN_BEFORE_MS)} AND "dueAt" > ${new Date(now.getTime() - WARN_WINDOW_MS)}
      ORDER BY "dueAt" LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
    RETURNING id`;
  if (!claimed.length) return { coverage: 0, notifications: 0, deliveries: 0 };
  const rows = await tx.coverage.findMany({
    where: { id: { in: claimed.map((c) => c.id) } },
    select: {
      id: true,
      slug: true,
      status: true,
      language: true,
      priority: true,
      dueAt: true,
      assigneeId: true,
      storyId: true,
      eventId: true,
      section: { select: { name: true } },
      assignee: { select: { name: true } },
      event: { select: { title: true } },
    },
  });
  const desk = await deskPeople(tx);
  const messages: Message[] = rows.map((c) => {
    const late = c.dueAt <= now;
    const who = c.assignee ? `assigned to ${c.assignee.name}` : 'nobody is assigned';
    return {
      userIds: [c.assigneeId, ...desk],
      storyId: c.storyId,
      kind: late ? 'coverage.overdue' : 'coverage.due',
      message: late
        ? `Overdue: “${c.slug}” was due at ${formatDeskTime(c.dueAt)} and is not filed (${who}).`
        : `Due soon: “${c.slug}” is due at ${formatDeskTime(c.dueAt)} and is not filed (${who}).`,
    };
  });
  const notifications = await notifyAll(tx, messages, now);
  const events: CoverageOverdueEventData[] = rows.map((c) => ({
    coverageId: c.id,
    slug: c.slug,
    status: c.status,
    language: c.language,
    priority: c.priority,
    dueAt: c.dueAt.toISOString(),
    late: c.dueAt <= now,
    desk: c.section?.name ?? null,
    assignee: c.assignee?.name ?? null,
    eventId: c.eventId,
    eventTitle: c.event?.title ?? null,
    storyId: c.storyId,
    deskUrl: deskUrl(`/desk/planning/coverage/${c.id}`),
  }));
  const deliveries = await enqueueWebhookEvents(tx, 'coverage.overdue', events);
  await auditAll(
    tx,
    'coverage.overdue',
    rows.map((c) => ({ storyId: c.storyId, note: `${c.slug}: due ${formatDeskTime(c.dueAt)}, not filed`, data: { coverageId: c.id } })),
    now,
  );
  return { coverage: rows.length, notifications, deliveries };
}

/**
 * Scheduled stories whose time passed more than two minutes ago and that are still not
 * out (the publication job failed, or no runner was up): recorded once per schedule, and
 * the author, the coverage's assignee and the desk are told; `schedule.missed` goes out.
 */
async function warnMissedSchedules(tx: Tx, now: Date) {
  const missed = await tx.$queryRaw<{ storyId: string; scheduledAt: Date }[]>`
    INSERT INTO "ScheduleMissWarning" ("storyId", "scheduledAt", "warnedAt")
    SELECT id, "scheduledAt", ${now} FROM "Story"
    WHERE status = 'SCHEDULED' AND "scheduledAt" <= ${new Date(now.getTime() - SCHEDULE_GRACE_MS)}
    ORDER BY "scheduledAt" LIMIT ${BATCH}
    ON CONFLICT DO NOTHING
    RETURNING "storyId", "scheduledAt"`;
  if (!missed.length) return { stories: 0, notifications: 0, deliveries: 0 };
  const stories = await tx.story.findMany({
    where: { id: { in: missed.map((m) => m.storyId) } },
    select: { id: true, headline: true, authorId: true, coverage: { select: { id: true, slug: true, assigneeId: true } } },
  });
  const scheduled = new Map(missed.map((m) => [m.storyId, m.scheduledAt]));
  const desk = await deskPeople(tx);
  const notifications = await notifyAll(
    tx,
    stories.map((s) => ({
      userIds: [s.authorId, s.coverage?.assigneeId, ...desk],
      storyId: s.id,
      kind: 'schedule.missed',
      message: `Missed schedule: “${s.headline || 'Untitled story'}” was to be published at ${formatDeskTime(scheduled.get(s.id)!)} and is not out.`,
    })),
    now,
  );
  const events: ScheduleMissedEventData[] = stories.map((s) => ({
    storyId: s.id,
    scheduledAt: scheduled.get(s.id)!.toISOString(),
    detectedAt: now.toISOString(),
    coverageId: s.coverage?.id ?? null,
    coverageSlug: s.coverage?.slug ?? null,
    deskUrl: deskUrl(`/desk/stories/${s.id}`),
  }));
  const deliveries = await enqueueWebhookEvents(tx, 'schedule.missed', events);
  await auditAll(
    tx,
    'schedule.missed',
    stories.map((s) => ({
      storyId: s.id,
      note: `Scheduled for ${formatDeskTime(scheduled.get(s.id)!)}; not published`,
      data: { scheduledAt: scheduled.get(s.id)!.toISOString() },
    })),
    now,
  );
  return { stories: stories.length, notifications, deliveries };
}

/** One run of the deadline job: coverage due or late, and missed schedules. Safe to run on many runners at once. */
export async function checkDeadlines(now = new Date()) {
  const coverage = await prisma.$transaction((tx) => warnDueCoverage(tx, now), { timeout: 30_000 });
  const schedules = await prisma.$transaction((tx) => warnMissedSchedules(tx, now), { timeout: 30_000 });
  return { coverage, schedules };
}

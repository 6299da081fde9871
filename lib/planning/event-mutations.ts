import 'server-only';
import type { Prisma } from '@/generated/prisma/client';
import { prisma, type Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { normalizeName } from '@/lib/tags/normalize';
import type { TEvent } from './validation';

/** Tag names as typed, as tag ids in that order; a name that is no tag's name or alias is a field error. */
export async function resolveTagNames(tx: Tx, names: string[]): Promise<string[]> {
  if (!names.length) return [];
  const normalized = names.map(normalizeName);
  const [byName, byAlias] = await Promise.all([
    tx.tag.findMany({ where: { normalizedName: { in: normalized } }, select: { id: true, normalizedName: true, kind: true } }),
    tx.tagAlias.findMany({ where: { normalized: { in: normalized } }, select: { tagId: true, normalized: true } }),
  ]);
  const missing: string[] = [];
  const ids: string[] = [];
  normalized.forEach((name, i) => {
    // A subject and a place may share a name: people before places before subjects, as the tag picker shows them.
    const tag = byName.filter((t) => t.normalizedName === name).sort((a, b) => a.kind.localeCompare(b.kind))[0];
    const id = tag?.id ?? byAlias.find((a) => a.normalized === name)?.tagId;
    if (!id) missing.push(names[i]!);
    else if (!ids.includes(id)) ids.push(id);
  });
  if (missing.length) {
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', {
      tags: [`No tag is called ${missing.map((m) => `“${m}”`).join(', ')}. Create it on the Tags page first, or leave it out.`],
    });
  }
  return ids;
}

async function checkReferences(tx: Tx, input: TEvent) {
  if (input.topicId && !(await tx.topic.findUnique({ where: { id: input.topicId }, select: { id: true } }))) {
    throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', { topicId: ['That topic no longer exists.'] });
  }
  if (input.wireItemId && !(await tx.wireItem.findUnique({ where: { id: input.wireItemId }, select: { id: true } }))) {
    throw new AppError('INVALID_INPUT', 'That wire item no longer exists.');
  }
}

const columns = (input: TEvent) => ({
  title: input.title,
  startsAt: input.startsAt,
  endsAt: input.endsAt,
  allDay: input.allDay,
  timeZone: input.timeZone,
  place: input.place,
  topicId: input.topicId,
  notes: input.notes,
});

/** Adds an event to the calendar (from the form, or from a wire item: "Plan from this"), with its audit event. */
export async function createEvent(viewer: Viewer, input: TEvent) {
  assertCan(viewer, 'planning.plan');
  return prisma.$transaction(async (tx) => {
    await checkReferences(tx, input);
    const tagIds = await resolveTagNames(tx, input.tags);
    const event = await tx.planningEvent.create({
      data: {
        ...columns(input),
        source: input.wireItemId ? 'wire' : 'desk',
        wireItemId: input.wireItemId,
        createdById: viewer.id,
        tags: { create: tagIds.map((tagId, position) => ({ tagId, position })) },
      },
    });
    await tx.auditEvent.create({
      data: { actorId: viewer.id, action: 'event.create', note: event.title, data: { eventId: event.id, wireItemId: input.wireItemId } },
    });
    return { id: event.id };
  });
}

/** Changes an event; the audit event lists the fields that changed. */
export async function updateEvent(viewer: Viewer, eventId: string, input: TEvent) {
  assertCan(viewer, 'planning.plan');
  return prisma.$transaction(async (tx) => {
    const event = await tx.planningEvent.findUnique({ where: { id: eventId }, include: { tags: { orderBy: { position: 'asc' } } } });
    if (!event) throw new AppError('NOT_FOUND', 'This event no longer exists.');
    await checkReferences(tx, input);
    const tagIds = await resolveTagNames(tx, input.tags);
    const next = columns(input);
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter(
      (key) =>
        String(next[key] instanceof Date ? (next[key] as Date).getTime() : next[key]) !==
        String(event[key] instanceof Date ? (event[key] as Date).getTime() : event[key]),
    );
    if (tagIds.join() !== event.tags.map((t) => t.tagId).join()) changed.push('tags' as never);
    if (!changed.length) return { id: event.id, changed: false };
    await tx.planningEvent.update({ where: { id: eventId }, data: next });
    await tx.planningEventTag.deleteMany({ where: { eventId } });
    await tx.planningEventTag.createMany({ data: tagIds.map((tagId, position) => ({ eventId, tagId, position })) });
    await tx.auditEvent.create({
      data: {
        actorId: viewer.id,
        action: 'event.update',
        note: `${input.title}: ${changed.join(', ')} changed`,
        data: { eventId, changed } as Prisma.InputJsonObject,
      },
    });
    return { id: event.id, changed: true };
  });
}

/** Cancels an event (it stays on the calendar, struck through) or puts it back; its open coverage is cancelled with it. */
export async function setEventCancelled(viewer: Viewer, eventId: string, cancelled: boolean, now = new Date()) {
  assertCan(viewer, 'planning.plan');
  return prisma.$transaction(async (tx) => {
    const event = await tx.planningEvent.findUnique({ where: { id: eventId }, select: { id: true, title: true, cancelledAt: true } });
    if (!event) throw new AppError('NOT_FOUND', 'This event no longer exists.');
    if (!!event.cancelledAt === cancelled) return { id: event.id, coverageCancelled: 0 };
    await tx.planningEvent.update({ where: { id: eventId }, data: { cancelledAt: cancelled ? now : null } });
    const dropped = cancelled
      ? await tx.coverage.updateMany({
          where: { eventId, storyId: null, status: { in: ['PLANNED', 'ASSIGNED', 'IN_PROGRESS'] } },
          data: { status: 'CANCELLED' },
        })
      : { count: 0 };
    await tx.auditEvent.create({
      data: {
        actorId: viewer.id,
        action: cancelled ? 'event.cancel' : 'event.reinstate',
        note: event.title,
        data: { eventId, coverageCancelled: dropped.count },
      },
    });
    return { id: event.id, coverageCancelled: dropped.count };
  });
}

import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { parseIcsOffThread } from './ics/ics-pool';

export type ImportSummary = { created: number; updated: number; found: number; notes: string[] };

/**
 * Imports an iCalendar file into the planning calendar: parsed off the request thread
 * (lib/planning/ics), then written in one transaction: all or nothing. An occurrence
 * imported before (same UID and start) is updated, not doubled; the audit event counts
 * what happened.
 */
export async function importCalendar(viewer: Viewer, bytes: Uint8Array, fileName: string, now = new Date()): Promise<ImportSummary> {
  assertCan(viewer, 'planning.plan');
  const parsed = await parseIcsOffThread(bytes, { now, defaultTimeZone: env().NEWSROOM_TIMEZONE });
  return prisma.$transaction(
    async (tx) => {
      const keys = parsed.events.map((e) => e.key);
      const existing = new Set((await tx.planningEvent.findMany({ where: { icalKey: { in: keys } }, select: { icalKey: true } })).map((e) => e.icalKey));
      const rows = parsed.events.map((e) => ({
        title: e.title,
        startsAt: new Date(e.startsAt),
        endsAt: e.endsAt ? new Date(e.endsAt) : null,
        allDay: e.allDay,
        timeZone: e.timeZone,
        place: e.place,
        notes: e.notes,
        source: 'ical',
        icalKey: e.key,
      }));
      const fresh = rows.filter((r) => !existing.has(r.icalKey));
      await tx.planningEvent.createMany({ data: fresh.map((r) => ({ ...r, createdById: viewer.id })) });
      const again = rows.filter((r) => existing.has(r.icalKey));
      for (const row of again) await tx.planningEvent.update({ where: { icalKey: row.icalKey }, data: row });
      const summary = { created: fresh.length, updated: again.length, found: parsed.found, notes: parsed.notes };
      await tx.auditEvent.create({
        data: {
          actorId: viewer.id,
          action: 'event.import',
          note: `${fileName.slice(0, 120)}: ${summary.created} added, ${summary.updated} updated${parsed.notes.length ? `; ${parsed.notes.join(' ')}` : ''}`,
          data: summary,
        },
      });
      return summary;
    },
    { timeout: 60_000 },
  );
}

import 'server-only';
import { z } from 'zod';
import { ZId } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';

export const AUDIT_PAGE_SIZE = 50;

export const ZAuditFilter = z.object({
  action: z
    .string()
    .regex(/^[a-zA-Z.]{0,60}$/, 'Unknown action.')
    .optional()
    .transform((v) => v || undefined),
  actorId: ZId.or(z.literal(''))
    .optional()
    .transform((v) => v || undefined),
  /** `createdAt ISO|id` of the last event on the previous page. */
  before: z
    .string()
    .max(80)
    .optional()
    .transform((v) => v || undefined),
});
export type AuditFilter = z.output<typeof ZAuditFilter>;

function parseCursor(cursor: string | undefined) {
  if (!cursor) return null;
  const [at, id] = cursor.split('|');
  const date = new Date(at ?? '');
  return id && !Number.isNaN(date.getTime()) ? { date, id } : null;
}

/** The desk-wide audit log for admins, newest first, filtered and paginated by cursor. */
export async function listAuditEvents(viewer: Viewer, filter: Partial<AuditFilter>) {
  assertCan(viewer, 'audit.viewAll');
  const cursor = parseCursor(filter.before);
  const rows = await prisma.auditEvent.findMany({
    where: {
      action: filter.action,
      actorId: filter.actorId,
      ...(cursor ? { OR: [{ createdAt: { lt: cursor.date } }, { createdAt: cursor.date, id: { lt: cursor.id } }] } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
    include: { actor: { select: { name: true } }, story: { select: { id: true, headline: true } } },
  });
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  const last = page.at(-1);
  return { events: page, next: rows.length > AUDIT_PAGE_SIZE && last ? `${last.createdAt.toISOString()}|${last.id}` : null };
}

/** The distinct actions and the people who appear in the log, for the filters. */
export async function auditFilterOptions(viewer: Viewer) {
  assertCan(viewer, 'audit.viewAll');
  const [actions, actors] = await Promise.all([
    prisma.auditEvent.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
    prisma.user.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } }),
  ]);
  return { actions: actions.map((a) => a.action), actors };
}

import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';

export type HourCount = { hour: Date; count: number };

/**
 * Publications per hour over the last `hours` hours, oldest first, with empty hours
 * as zero (from the audit log: first publications and published updates alike).
 */
export async function publishedPerHour(viewer: Viewer, now = new Date(), hours = 48): Promise<HourCount[]> {
  assertCan(viewer, 'desk.view');
  const rows = await prisma.$queryRaw<{ hour: Date; count: bigint }[]>`
    WITH hours AS (
      SELECT generate_series(date_trunc('hour', ${now}::timestamptz) - make_interval(hours => ${hours - 1}::int), date_trunc('hour', ${now}::timestamptz), interval '1 hour') AS hour
    )
    SELECT hours.hour, count(e.id) AS count
    FROM hours
    LEFT JOIN "AuditEvent" e
      ON e.action IN ('story.publish', 'story.publishNow') AND e."createdAt" >= hours.hour AND e."createdAt" < hours.hour + interval '1 hour' AND e."createdAt" <= ${now}::timestamptz
    GROUP BY hours.hour
    ORDER BY hours.hour`;
  return rows.map((r) => ({ hour: r.hour, count: Number(r.count) }));
}

/**
 * The median time from a story's (latest) submission for review to its publication,
 * over publications in the last `days` days; null when there were none.
 */
export async function medianSubmitToPublish(viewer: Viewer, now = new Date(), days = 30): Promise<{ medianMs: number | null; publications: number }> {
  assertCan(viewer, 'desk.view');
  const [row] = await prisma.$queryRaw<{ median: number | null; n: bigint }[]>`
    SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM p."createdAt" - s.submitted)) AS median, count(*) AS n
    FROM "AuditEvent" p
    CROSS JOIN LATERAL (
      SELECT max(s."createdAt") AS submitted FROM "AuditEvent" s
      WHERE s."storyId" = p."storyId" AND s.action = 'story.submit' AND s."createdAt" <= p."createdAt"
    ) s
    WHERE p.action IN ('story.publish', 'story.publishNow') AND s.submitted IS NOT NULL
      AND p."createdAt" > ${now}::timestamptz - make_interval(days => ${days}::int) AND p."createdAt" <= ${now}::timestamptz`;
  return { medianMs: row?.median == null ? null : Math.round(Number(row.median) * 1000), publications: Number(row?.n ?? 0) };
}

// The planning deadline job (lib/planning/deadlines.ts, every minute on the job runner)
// over 100,000 coverages: a quiet minute, an ordinary minute, and the minute after a long
// outage (2,000 coverages to warn about at once, of which a run takes its batch of 500:
// notifications for the assignee and the desk, webhook deliveries, audit rows), plus missed schedules among
// 10,000 stories. p50/p95 of the real function, and how its claim reads the table.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';
import { ensureDatabase, migrate, migrateJobQueue } from '../scripts/lib/migrate';
import { explainAccess } from './lib/explain';
import { percentile, record, summarize, table, type Row } from './lib/report';

const COVERAGES = Number(process.env.BENCH_COVERAGES ?? 100_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const postgres = await startEmbeddedPostgres({ dataDir: path.resolve(import.meta.dirname, '../.data/bench-planning/pg') });
const rows: Row[] = [];
try {
  await ensureDatabase(postgres.adminUrl, 'newsroom_planning', { fresh: true });
  const url = postgres.urlFor('newsroom_planning');
  await migrate(url);
  await migrateJobQueue(url);
  process.env.DATABASE_URL = url;
  process.env.NEWSROOM_ALLOW_PRIVATE_FETCH = 'true';
  const sql = new Client({ connectionString: url });
  sql.on('error', (error) => console.error(`[bench] ${error.message}`));
  await sql.connect();

  // A desk of 40 people (8 who assign), 8 desks, a partner hook for both events, and 100,000
  // coverages due from 30 days back to 30 days ahead: the past ones filed, published or
  // cancelled (or warned about already), the future ones open.
  await sql.query(`INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt")
    SELECT 'u' || n, 'u' || n || '@bench.test', 'Bench Person ' || n, 'x', CASE WHEN n <= 8 THEN 'REVIEWER'::"Role" ELSE 'EDITOR'::"Role" END, now() FROM generate_series(1, 40) n`);
  await sql.query(`INSERT INTO "Section" (id, name, slug, position) SELECT 's' || n, 'Desk ' || n, 'desk-' || n, n FROM generate_series(1, 8) n`);
  await sql.query(
    `INSERT INTO "Webhook" (id, url, secret, events, "createdById") VALUES ('hook', 'http://127.0.0.1:9/hook', 'secret', ARRAY['coverage.overdue', 'schedule.missed'], 'u1')`,
  );
  await sql.query(`INSERT INTO "Coverage" (id, slug, language, "sectionId", "assigneeId", "dueAt", status, "dueWarnedAt", "updatedAt")
    SELECT 'c' || n, 'SLUG-' || n, CASE WHEN n % 3 = 0 THEN 'ru' ELSE 'en' END, 's' || (1 + n % 8), 'u' || (9 + n % 32),
      now() + ((n::float / ${COVERAGES} - 0.5) * 60 || ' days')::interval,
      CASE WHEN n::float / ${COVERAGES} < 0.5 THEN (ARRAY['FILED', 'PUBLISHED', 'PUBLISHED', 'CANCELLED', 'IN_PROGRESS'])[1 + n % 5]::"CoverageStatus"
           ELSE (ARRAY['PLANNED', 'ASSIGNED', 'IN_PROGRESS'])[1 + n % 3]::"CoverageStatus" END,
      CASE WHEN n::float / ${COVERAGES} < 0.5 THEN now() - interval '40 days' END, now()
    FROM generate_series(1, ${COVERAGES}) n`);
  // 10,000 stories, 1,000 of them scheduled (some in the past: missed).
  await sql.query(`INSERT INTO "Story" (id, slug, status, headline, body, "authorId", "updatedAt", "scheduledAt")
    SELECT 'st' || n, 'story-' || n, CASE WHEN n <= 1000 THEN 'SCHEDULED'::"StoryStatus" ELSE 'PUBLISHED'::"StoryStatus" END, 'Story ' || n, '{}', 'u' || (9 + n % 32), now(),
      CASE WHEN n <= 1000 THEN now() + ((n - 50) || ' minutes')::interval END
    FROM generate_series(1, 10000) n`);
  await sql.query('ANALYZE');

  const { checkDeadlines } = await import('@/lib/planning/deadlines');
  const { prisma } = await import('@/lib/db');
  const clean = async () => {
    for (const table of ['"Notification"', '"WebhookDelivery"', '"AuditEvent"', 'graphile_worker._private_jobs']) await sql.query(`DELETE FROM ${table}`);
  };
  /** Makes `count` open coverages due in the next 15 minutes unwarned (those a run must warn about). */
  const due = async (count: number) => {
    await sql.query(`UPDATE "Coverage" SET "dueWarnedAt" = now() - interval '40 days' WHERE "dueWarnedAt" IS NULL`);
    if (count)
      await sql.query(
        `UPDATE "Coverage" SET "dueWarnedAt" = NULL, "dueAt" = now() + interval '10 minutes' WHERE id IN (SELECT id FROM "Coverage" WHERE status = 'ASSIGNED' AND "dueAt" > now() ORDER BY id LIMIT ${count})`,
      );
    // Missed schedules are news only after an outage; otherwise they were warned about a minute ago.
    if (count >= 2000) await sql.query(`DELETE FROM "ScheduleMissWarning"`);
    await sql.query('VACUUM ANALYZE "Coverage"');
  };

  for (const [name, count] of [
    ['a quiet minute (nothing due)', 0],
    ['an ordinary minute (5 coverages due)', 5],
    ['after an outage (2,000 due at once; a run takes 500)', 2000],
  ] as const) {
    const times: number[] = [];
    let last = { coverage: { coverage: 0, notifications: 0, deliveries: 0 }, schedules: { stories: 0, notifications: 0, deliveries: 0 } };
    for (let i = 0; i <= RUNS; i++) {
      await due(count);
      await clean();
      const start = performance.now();
      last = await checkDeadlines();
      if (i > 0) times.push(performance.now() - start); // the first run warms up
    }
    times.sort((a, b) => a - b);
    rows.push({
      coverages: COVERAGES,
      case: name,
      'coverage warned': last.coverage.coverage,
      'missed schedules': last.schedules.stories,
      notifications: last.coverage.notifications + last.schedules.notifications,
      'webhook deliveries': last.coverage.deliveries + last.schedules.deliveries,
      'p50 (ms)': percentile(times, 50),
      'p95 (ms)': percentile(times, 95),
      'max (ms)': times.at(-1)!,
    });
    console.log(JSON.stringify(rows.at(-1)));
  }
  const now = new Date();
  const claim = await explainAccess(
    sql,
    `SELECT id FROM "Coverage" WHERE "dueWarnedAt" IS NULL AND status IN ('PLANNED', 'ASSIGNED', 'IN_PROGRESS') AND "dueAt" <= $1 AND "dueAt" > $2 ORDER BY "dueAt" LIMIT 2000`,
    [new Date(now.getTime() + 900_000), new Date(now.getTime() - 86_400_000)],
    new Set(['Coverage']),
  );
  await prisma.$disconnect();
  await sql.end();
  const markdown =
    `${table(rows)}\n\n${RUNS} runs per case after one warm-up, the real \`checkDeadlines\` (both transactions: claim, notifications to the assignee and the 8 people who assign, webhook deliveries and their jobs, audit rows); ` +
    `each run also checks 1,000 scheduled stories among 10,000 (the ~50 missed ones are new only after the outage). The claim reads Coverage through ${claim.indexes.join(', ') || 'no index'}${claim.seqScans.length ? ', with a sequential scan' : ', no sequential scan'}.`;
  console.log(markdown);
  if (process.env.BENCH_RECORD !== 'false') record('Planning deadline job', markdown);
  const worst = rows.reduce((a, b) => (Number(b['p95 (ms)']) > Number(a['p95 (ms)']) ? b : a));
  summarize(
    `planning deadline job over ${COVERAGES.toLocaleString('en')} coverages: worst p95`,
    `${Number(worst['p95 (ms)']).toFixed(0)} ms (${worst.case})`,
    '< 1 s',
    Number(worst['p95 (ms)']) < 1000,
  );
} finally {
  await postgres.stop();
}

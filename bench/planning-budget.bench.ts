// The planning budget rendered by the server: a week of 2,000 coverages (the whole week
// on one page, and one day of it), the calendar's week view, one request at a time
// (p50/p95 of the full server render as a browser gets it), then under wrk beside a bare
// node:http server sending the very same bytes.
import { createServer } from 'node:http';
import { performance } from 'node:perf_hooks';
import { findFreePort } from '../scripts/lib/embedded-postgres';
import { startBenchApp } from './lib/app';
import { percentile, record, summarize, table, type Row } from './lib/report';
import { signInCookie } from './lib/session';
import { wrk, wrkRow } from './lib/wrk';

const COVERAGES = Number(process.env.BENCH_BUDGET_COVERAGES ?? 2000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 100);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);

/** The Monday of this week in Moscow (the demo desk's zone), as YYYY-MM-DD. */
function monday(): string {
  const moscow = new Date(Date.now() + 3 * 3_600_000);
  moscow.setUTCDate(moscow.getUTCDate() - ((moscow.getUTCDay() + 6) % 7));
  return moscow.toISOString().slice(0, 10);
}
const week = monday();

async function fill(databaseUrl: string) {
  const { Client } = await import('pg');
  const sql = new Client({ connectionString: databaseUrl });
  await sql.connect();
  // The demo desk's people and sections (its taxonomy import is not needed here).
  const { hashPassword } = await import('../lib/auth/password');
  const hash = await hashPassword('newsroom-demo');
  await sql.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", role, "updatedAt") VALUES
    ('bu-e', 'editor@newsroom.test', 'Elena Editor', $1, 'EDITOR', now()), ('bu-r', 'reviewer@newsroom.test', 'Roman Reviewer', $1, 'REVIEWER', now()), ('bu-a', 'admin@newsroom.test', 'Anna Admin', $1, 'ADMIN', now())`,
    [hash],
  );
  await sql.query(
    `INSERT INTO "Section" (id, name, slug, position) SELECT 'bs' || n, (ARRAY['World', 'Russia', 'Politics', 'Economy', 'Science', 'Sports'])[n], 'section-' || n, n FROM generate_series(1, 6) n`,
  );
  // 2,000 coverages over the week (Monday 00:00 MSK on), on 6 desks, for 3 people, a tenth on 200 events.
  await sql.query(
    `INSERT INTO "PlanningEvent" (id, title, "startsAt", "timeZone", place, "updatedAt")
    SELECT 'be' || n, 'Bench event ' || n, $1::timestamptz + (n * 50 || ' minutes')::interval, 'Europe/Moscow', 'Moscow', now() FROM generate_series(1, 200) n`,
    [`${week}T00:00:00+03:00`],
  );
  await sql.query(
    `INSERT INTO "Coverage" (id, slug, headline, language, priority, "sectionId", "assigneeId", "eventId", "dueAt", status, "updatedAt")
    SELECT 'bc' || n, 'BENCH-SLUG-' || n, 'A planned story about the day''s events, number ' || n, (ARRAY['en', 'ru', 'en'])[1 + n % 3],
      (ARRAY['ROUTINE', 'ROUTINE', 'URGENT'])[1 + n % 3]::"Priority", (SELECT id FROM "Section" ORDER BY position OFFSET n % 6 LIMIT 1),
      (SELECT id FROM "User" ORDER BY email OFFSET n % 3 LIMIT 1), CASE WHEN n % 10 = 0 THEN 'be' || (1 + n % 200) END,
      $1::timestamptz + ((n * 7 * 24 * 60 / $2) || ' minutes')::interval,
      (ARRAY['PLANNED', 'ASSIGNED', 'IN_PROGRESS', 'FILED', 'PUBLISHED'])[1 + n % 5]::"CoverageStatus", now()
    FROM generate_series(0, $2 - 1) n`,
    [`${week}T00:00:00+03:00`, COVERAGES],
  );
  await sql.query('ANALYZE');
  await sql.end();
}

const app = await startBenchApp(fill);
const rows: Row[] = [];
try {
  const cookie = await signInCookie(app.origin, 'reviewer@newsroom.test', 'newsroom-demo');
  const cases: [string, string][] = [
    [`budget, the week (${COVERAGES.toLocaleString('en')} coverages)`, `/desk/planning/budget?date=${week}&range=week`],
    ['budget, one day of it', `/desk/planning/budget?date=${week}`],
    ['budget CSV, the week', `/desk/planning/budget/csv?date=${week}&range=week`],
    ['calendar, week view', `/desk/planning?view=week&date=${week}`],
    ['reference: the desk frame alone (the import page)', '/desk/planning/import'],
  ];
  const get = async (path: string) => {
    const response = await fetch(app.origin + path, { headers: { cookie } });
    const body = await response.text();
    if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status}`);
    return body;
  };
  for (const [name, path] of cases) {
    const body = await get(path);
    for (let i = 0; i < 5; i++) await get(path); // warm
    const times: number[] = [];
    for (let i = 0; i < REQUESTS; i++) {
      const start = performance.now();
      await get(path);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const lines = (body.match(/BENCH-SLUG-/g) ?? []).length;
    rows.push({
      page: name,
      'lines shown': lines,
      KiB: Math.round(body.length / 1024),
      'p50 (ms)': percentile(times, 50),
      'p95 (ms)': percentile(times, 95),
      'max (ms)': times.at(-1)!,
    });
    console.log(JSON.stringify(rows.at(-1)));
  }

  // Under load: 4 connections for DURATION s, against the same bytes from a bare node:http server.
  const path = cases[0]![1];
  const loadRows: Row[] = [];
  const page = await fetch(app.origin + path, { headers: { cookie, 'accept-encoding': 'identity' } });
  const bytes = Buffer.from(await page.arrayBuffer());
  loadRows.push({
    target: 'the week budget (server render each time)',
    ...wrkRow(await wrk(app.origin + path, { connections: 4, seconds: DURATION, threads: 1, headers: { cookie } })),
  });
  const bare = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': bytes.byteLength });
    res.end(bytes);
  });
  const port = await findFreePort();
  await new Promise<void>((resolve) => bare.listen(port, '127.0.0.1', resolve));
  loadRows.push({
    target: `bare node:http, the same ${(bytes.byteLength / 1024).toFixed(0)} KiB from memory`,
    ...wrkRow(await wrk(`http://127.0.0.1:${port}/`, { connections: 4, seconds: DURATION, threads: 1 })),
  });
  bare.close();

  const markdown = `${table(rows)}\n\n${REQUESTS} requests one at a time per page after 5 warm-ups, signed in as a reviewer, each a full server render (the desk is never cached).\n\n${table(loadRows)}`;
  console.log(markdown);
  if (process.env.BENCH_RECORD !== 'false') record('Planning budget', markdown);
  const weekRow = rows[0]!;
  summarize(
    `budget of ${COVERAGES.toLocaleString('en')} coverages over a week, server render p95`,
    `${Number(weekRow['p95 (ms)']).toFixed(0)} ms`,
    '< 100 ms',
    Number(weekRow['p95 (ms)']) < 100,
  );
} finally {
  await app.stop();
}

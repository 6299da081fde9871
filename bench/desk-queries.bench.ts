// Desk queries at 100k and 1M stories (the databases `npm run bench:data` makes; made
// here when missing): p50/p95 of the real query functions, and EXPLAIN of the SQL they
// send, checked for sequential scans of the big tables.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';
import { migrate, migrateJobQueue } from '../scripts/lib/migrate';
import { explainAccess } from './lib/explain';
import { percentile, record, summarize, table, type Row } from './lib/report';
import { fillScaleData } from './lib/scale-data';

const SCALES = (process.env.BENCH_SCALES ?? '100000,1000000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BIG = new Set(['Story', 'Publication', 'StoryTag', 'PublicationTag']);

/** One database: run in a child process of its own (lib/db makes its client from DATABASE_URL once). */
async function measure(url: string): Promise<Row[]> {
  const rows: Row[] = [];
  const sql = new Client({ connectionString: url });
  await sql.connect();
  const stories = Number((await sql.query('SELECT count(*) FROM "Story"')).rows[0].count);
  process.env.DATABASE_URL = url;
  process.env.NEWSROOM_LOG_QUERIES = 'true';
  const { prisma } = await import('@/lib/db');
  const desk = await import('@/lib/stories/desk-queries');
  const { storyTranslations } = await import('@/lib/translations/queries');
  const { publishedFamilies } = await import('@/lib/stories/translation-family');
  const { publicPublicationWhere } = await import('@/lib/stories/visibility');
  let captured: { query: string; params: string }[] = [];
  (prisma as unknown as { $on(event: 'query', cb: (e: { query: string; params: string }) => void): void }).$on('query', (e) => captured.push(e));

  const viewer = { id: 'bu11', role: 'REVIEWER' as const, name: 'Bench Author 11', email: 'author11@bench.test' };
  const tags = (await sql.query(`SELECT "tagId" FROM "StoryTag" GROUP BY "tagId" ORDER BY count(*) DESC LIMIT 5`)).rows.map((r) => r.tagId as string);
  const sections = (await sql.query('SELECT id FROM "Section"')).rows.map((r) => r.id as string);
  const week = new Date(Date.now() - 7 * 24 * 3_600_000);
  // Stories in a family of translations, spread over the table (every 997th).
  const translated = (
    await sql.query(
      `SELECT id, "translationRootId" AS root FROM (SELECT id, "translationRootId", row_number() OVER (ORDER BY id) n FROM "Story" WHERE "translationRootId" IS NOT NULL) f WHERE n % 997 = 0 LIMIT 100`,
    )
  ).rows as { id: string; root: string }[];
  const cases: [string, (i: number) => Promise<unknown>][] = [
    ['latest changes (no filter)', () => desk.listDeskStories(viewer)],
    ['status = in review', () => desk.listDeskStories(viewer, { status: 'IN_REVIEW' })],
    ['section + status published', (i) => desk.listDeskStories(viewer, { sectionId: sections[i % sections.length], status: 'PUBLISHED' })],
    ['my stories', () => desk.listDeskStories(viewer, { mine: true })],
    ['author + priority FLASH', (i) => desk.listDeskStories(viewer, { authorId: `bu${1 + (i % 50)}`, priority: 'FLASH' })],
    ['tag (a popular one)', (i) => desk.listDeskStories(viewer, { tagId: tags[i % tags.length] })],
    ['changed in the last 7 days', () => desk.listDeskStories(viewer, { from: week })],
    ['full-text, English (“Kremlin talks”)', () => desk.listDeskStories(viewer, { q: 'Kremlin talks' })],
    ['full-text, Russian (“переговоры”)', () => desk.listDeskStories(viewer, { q: 'переговоры' })],
    ['full-text, a word in no story', () => desk.listDeskStories(viewer, { q: 'zanzibarite' })],
    ['full-text + status + section', (i) => desk.listDeskStories(viewer, { q: 'minister', status: 'PUBLISHED', sectionId: sections[i % sections.length] })],
    ['review queue', () => desk.listReviewQueue(viewer)],
    ['needs translation', () => desk.listDeskStories(viewer, { needs: 'translation' })],
    ['needs translation + section', (i) => desk.listDeskStories(viewer, { needs: 'translation', sectionId: sections[i % sections.length] })],
    ['needs translation, sorted by headline', () => desk.listDeskStories(viewer, { needs: 'translation', sort: 'headline' })],
    ['needs translation, its tab counts', () => desk.countDeskStories(viewer, { needs: 'translation' })],
    ['Translations panel (a story’s siblings)', (i) => storyTranslations(viewer, translated[i % translated.length]!.id)],
    ['published family (public page, wire, sitemap)', (i) => publishedFamilies([translated[i % translated.length]!.root], publicPublicationWhere())],
    ['counts per status', () => desk.countStoriesByStatus(viewer)],
  ];
  for (const [name, run] of cases) {
    await run(0); // warm
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      await run(i);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    captured = [];
    await run(1);
    const access = { indexes: new Set<string>(), seqScans: new Set<string>() };
    for (const q of captured) {
      const found = await explainAccess(sql, q.query, JSON.parse(q.params) as unknown[], BIG);
      found.indexes.forEach((x) => access.indexes.add(x));
      found.seqScans.forEach((x) => access.seqScans.add(x));
    }
    rows.push({
      stories,
      query: name,
      'p50 (ms)': percentile(times, 50),
      'p95 (ms)': percentile(times, 95),
      'seq scans of big tables': access.seqScans.size ? [...access.seqScans].join(', ') : 'none',
      'indexes used': [...access.indexes].join(', ') || '—',
    });
    console.log(JSON.stringify(rows.at(-1)));
  }
  await prisma.$disconnect();
  await sql.end();
  return rows;
}

if (process.env.BENCH_CHILD_URL) {
  const rows = await measure(process.env.BENCH_CHILD_URL);
  (await import('node:fs')).writeFileSync(process.env.BENCH_CHILD_OUT!, JSON.stringify(rows));
  process.exit(0);
}

const postgres = await startEmbeddedPostgres({ dataDir: path.resolve(import.meta.dirname, '../.data/bench-scale/pg') });
const rows: Row[] = [];
try {
  for (const scale of SCALES) {
    const database = `newsroom_scale_${scale}`;
    const admin = new Client({ connectionString: postgres.adminUrl });
    await admin.connect();
    const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database])).rowCount;
    if (!exists) await admin.query(`CREATE DATABASE ${database}`);
    await admin.end();
    const url = postgres.urlFor(database);
    await migrate(url);
    await migrateJobQueue(url);
    const check = new Client({ connectionString: url });
    await check.connect();
    const stories = Number((await check.query('SELECT count(*) FROM "Story"')).rows[0].count);
    await check.end();
    if (stories < scale) {
      console.log(`filling ${database} (npm run bench:data does this ahead of time)`);
      await fillScaleData(url, { stories: scale, tags: 50_000 });
    }
    const out = path.join(tmpdir(), `desk-bench-${scale}.json`);
    const child = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', import.meta.filename], {
      stdio: 'inherit',
      env: { ...process.env, BENCH_CHILD_URL: url, BENCH_CHILD_SCALE: String(scale), BENCH_CHILD_OUT: out },
    });
    if (child.status !== 0) throw new Error(`measuring ${scale} failed`);
    rows.push(...(JSON.parse(readFileSync(out, 'utf8')) as Row[]));
    rmSync(out);
  }
} finally {
  await postgres.stop();
}
const markdown = `${table(rows)}\n\n${RUNS} runs per query after one warm-up, the real lib/stories/desk-queries functions through Prisma; EXPLAIN of the SQL each sent.`;
console.log(markdown);
if (process.env.BENCH_RECORD !== 'false') record('Desk queries at scale', markdown);
for (const scale of SCALES) {
  const mine = rows.filter((r) => Number(r.stories) === scale);
  const worst = mine.reduce((a, b) => (Number(b['p95 (ms)']) > Number(a['p95 (ms)']) ? b : a), mine[0]!);
  const seq = mine.filter((r) => r['seq scans of big tables'] !== 'none').length;
  summarize(
    `desk queries at ${scale.toLocaleString('en')} stories: worst p95`,
    `${Number(worst['p95 (ms)']).toFixed(1)} ms (${worst.query}); ${seq} with sequential scans`,
    scale >= 1_000_000 ? '< 50 ms' : '—',
    scale >= 1_000_000 ? Number(worst['p95 (ms)']) < 50 && seq === 0 : null,
  );
}

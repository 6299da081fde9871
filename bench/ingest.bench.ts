// Wire ingest end to end: 10,000 documents generated from the fixtures (each a real
// agency sample with a fresh guid) parsed and written into PostgreSQL in batches,
// with tag resolution against the IPTC vocabulary. Own embedded PostgreSQL.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { startEmbeddedPostgres } from '../scripts/lib/embedded-postgres';
import { ensureDatabase, migrate, migrateJobQueue } from '../scripts/lib/migrate';
import { percentile, record, summarize, table } from './lib/report';

const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000);
const ROOT = path.resolve(import.meta.dirname, '..');
// BENCH_WIRE_FIXTURES: another fixture folder, to compare two versions of the code on the same documents.
const FIXTURES = process.env.BENCH_WIRE_FIXTURES ? path.resolve(process.env.BENCH_WIRE_FIXTURES) : path.join(ROOT, 'tests/fixtures/wire');

const postgres = await startEmbeddedPostgres({ dataDir: path.join(ROOT, '.data', 'bench-ingest', 'pg') });
await ensureDatabase(postgres.adminUrl, 'newsroom_ingest', { fresh: true });
process.env.DATABASE_URL = postgres.urlFor('newsroom_ingest');
await migrate(process.env.DATABASE_URL);
await migrateJobQueue(process.env.DATABASE_URL);
const { prisma } = await import('@/lib/db');
const { parseMediaTopics } = await import('@/lib/tags/iptc');
const { importMediaTopics } = await import('@/lib/tags/import-media-topics');
const { parseWireDocument } = await import('@/lib/wire/parse');
const { ingestBatch } = await import('@/lib/wire/ingest');
const { TagResolver } = await import('@/lib/wire/tag-resolver');
const { closeParsePool, parseWireDocumentOffThread, warmParsePool } = await import('@/lib/wire/parse-pool');
// Setup, not measured: on a busy machine the vocabulary's transaction can outlast its 5 s limit, so it is tried again.
const topics = parseMediaTopics(readFileSync(path.join(ROOT, 'prisma/data/mediatopic-en-GB.tsv'), 'utf8'));
for (let attempt = 1; ; attempt++) {
  try {
    await importMediaTopics(topics);
    break;
  } catch (error) {
    if (attempt >= 5 || (error as { code?: string }).code !== 'P2028') throw error;
  }
}

// Templates: every single-item, UTF-8 fixture that imports.
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full);
    else if (!/\.(md|xsd)$/.test(name)) files.push(full);
  }
};
walk(FIXTURES);
const templates: { text: string; guid: string }[] = [];
for (const file of files) {
  try {
    const bytes = readFileSync(file);
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const parsed = parseWireDocument(bytes);
    const guid = parsed.items[0]!.guid;
    if (parsed.items.length === 1 && text.includes(guid)) templates.push({ text, guid });
  } catch {
    /* refused, or not UTF-8: not a template */
  }
}
const encoder = new TextEncoder();
const documents = Array.from({ length: ITEMS }, (_, n) => {
  const t = templates[n % templates.length]!;
  return { name: `doc-${n}`, bytes: encoder.encode(t.text.split(t.guid).join(`${t.guid}-bench-${n}`)) };
});

const parseTimes: number[] = [];
const parseStart = performance.now();
for (const doc of documents.slice(0, 2000)) {
  const start = performance.now();
  parseWireDocument(doc.bytes);
  parseTimes.push(performance.now() - start);
}
const parsePerSecond = 2000 / ((performance.now() - parseStart) / 1000);
parseTimes.sort((a, b) => a - b);

const resolver = new TagResolver();
// The parse threads started before the clock, as a server starts them when it boots.
warmParsePool();
await parseWireDocumentOffThread(documents[0]!.bytes);
const started = performance.now();
let imported = 0;
let failed = 0;
for (const result of await ingestBatch(documents, { resolver })) {
  imported += result.outcomes.filter((o) => o.status === 'imported').length;
  failed += result.error ? 1 : result.outcomes.filter((o) => o.status === 'failed').length;
}
const seconds = (performance.now() - started) / 1000;
const rows = [
  {
    documents: documents.length,
    templates: templates.length,
    imported,
    failed,
    seconds: seconds,
    'items/s (end to end)': imported / seconds,
    'parse only (docs/s)': parsePerSecond,
    'parse p50 (ms)': percentile(parseTimes, 50),
    'parse p95 (ms)': percentile(parseTimes, 95),
    'rows in WireItem': await prisma.wireItem.count(),
    'RSS (MiB)': process.memoryUsage().rss / 2 ** 20,
  },
];
const markdown = table(rows);
console.log(markdown);
if (process.env.BENCH_RECORD !== 'false') record('Wire ingest: 10,000 items end to end', markdown);
// Fidelity: every story file in the fixtures against its hand-checked fields (the same score the test suite prints).
const { fidelityReport, formatReport } = await import('../tests/unit/wire/fidelity/score');
const report = fidelityReport();
const fidelity = report.all;
console.log(`Wire fidelity: ${formatReport(report)}`);
if (process.env.BENCH_RECORD !== 'false') record('Wire fidelity', formatReport(report));
summarize('wire fidelity (story files with every field right)', `${(fidelity.ratio * 100).toFixed(1)}% of ${fidelity.files}`, '≥ 98%', fidelity.ratio >= 0.98);
const lastBatch = report.batches.at(-1)!;
summarize(
  `wire fidelity on files held out until the rules were written (${lastBatch.name})`,
  `${(lastBatch.score.ratio * 100).toFixed(1)}% of ${lastBatch.score.files}`,
  '≥ 95%',
  lastBatch.score.ratio >= 0.95,
);
summarize('wire ingest, 10,000 items end to end', `${(imported / seconds).toFixed(0)} items/s`, '> 1,000 items/s', imported / seconds > 1000);
await closeParsePool();
await prisma.$disconnect();
await postgres.stop();

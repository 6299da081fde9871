// `npm run ingest -- <files or folders> [--source NAME]`: imports wire copy (ninjs,
// NewsML-G2, NITF, RSS/Atom) into the incoming desk, with a progress bar and a summary.
// Uses DATABASE_URL, or the embedded database of a running `npm start`.
import 'dotenv/config';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { SingleBar, Presets } from 'cli-progress';
import { applyDatabaseUrl } from './lib/database-url.ts';

applyDatabaseUrl();
const { prisma } = await import('@/lib/db');
const { ingestBatch } = await import('@/lib/wire/ingest');
const { TagResolver } = await import('@/lib/wire/tag-resolver');
const { closeParsePool } = await import('@/lib/wire/parse-pool');
const { recordIngest } = await import('@/lib/ops/ingest-stats');

const args = process.argv.slice(2);
const sourceAt = args.indexOf('--source');
const source = sourceAt >= 0 ? args.splice(sourceAt, 2)[1] : undefined;
if (!args.length) {
  console.error('Usage: npm run ingest -- <files or folders> [--source NAME]');
  process.exit(2);
}

const files: string[] = [];
const walk = (target: string) => {
  const stat = statSync(target);
  if (stat.isDirectory()) for (const name of readdirSync(target).sort()) walk(path.join(target, name));
  else if (!/\.(md|xsd|txt)$/i.test(target) && !path.basename(target).startsWith('.')) files.push(target);
};
for (const arg of args) walk(path.resolve(arg));

const totals = { imported: 0, updated: 0, unchanged: 0, failed: 0, refused: 0 };
const failures: string[] = [];
const resolver = new TagResolver();
const bar = new SingleBar(
  {
    format: 'ingest [{bar}] {value}/{total} files | {imported} imported, {updated} updated, {unchanged} unchanged, {failed} failed',
    hideCursor: true,
    noTTYOutput: true,
    notTTYSchedule: 2000,
  },
  Presets.shades_classic,
);
bar.start(files.length, 0, totals);
// Files are read and parsed in groups; their items are written in batches.
const GROUP = 200;
for (let start = 0; start < files.length; start += GROUP) {
  const group = files.slice(start, start + GROUP);
  const results = await ingestBatch(
    group.map((file) => ({ name: path.relative(process.cwd(), file), bytes: readFileSync(file) })),
    { source, resolver },
  );
  await recordIngest(
    source ?? 'cli',
    results.flatMap((result) => result.outcomes),
    results.flatMap((result) => (result.error ? [`${result.name}: ${result.error}`] : [])),
  );
  for (const result of results) {
    if (result.error) {
      totals.failed++;
      failures.push(`${result.name}: ${result.error}`);
    }
    for (const outcome of result.outcomes) {
      totals[outcome.status]++;
      if (outcome.status === 'failed') failures.push(`${result.name} (${outcome.guid}): ${outcome.reason}`);
    }
  }
  bar.increment(group.length, totals);
}
bar.stop();
console.log(
  `\n${files.length} files: ${totals.imported} imported, ${totals.updated} updated, ${totals.unchanged} unchanged duplicates, ${totals.failed} failed`,
);
for (const failure of failures) console.log(`  failed: ${failure}`);
await closeParsePool();
await prisma.$disconnect();
process.exitCode = totals.failed ? 1 : 0;

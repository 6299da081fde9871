// `npm run bench`: runs every benchmark in turn (each prints and records its detail
// table), then prints one summary table against the targets and appends it, with the
// date, machine and commit, to bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { record, summaryFile, table } from './lib/report';

const benches = [
  'tag-suggestions.bench.ts',
  'ingest.bench.ts',
  'hardening.bench.ts',
  'public-pages.bench.ts',
  'lighthouse.bench.ts',
  'desk-queries.bench.ts',
  'publish.bench.ts',
  'live-readers.bench.ts',
  'webhooks.bench.ts',
  'photos.bench.ts',
  'collab.bench.ts',
  'collab-attacks.bench.ts',
  'editor-table.bench.ts',
  'suggestions.bench.ts',
  'planning-budget.bench.ts',
  'planning-deadlines.bench.ts',
  'operations.bench.ts',
];
mkdirSync(path.dirname(summaryFile), { recursive: true });
rmSync(summaryFile, { force: true });
for (const bench of benches) {
  console.log(`\n## ${bench}`);
  const result = spawnSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join(import.meta.dirname, bench)], {
    stdio: 'inherit',
    env: process.env,
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
if (existsSync(summaryFile)) {
  const rows = readFileSync(summaryFile, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, string>);
  const markdown = table(rows);
  console.log(`\n## Summary\n\n${markdown}`);
  if (process.env.BENCH_RECORD !== 'false') record('Summary against the targets', markdown);
}

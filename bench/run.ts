// `npm run bench`: runs every benchmark in turn; each prints its table and appends it to bench/RESULTS.md.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const benches = ['tag-suggestions.bench.ts', 'ingest.bench.ts', 'public-pages.bench.ts'];
for (const bench of benches) {
  console.log(`\n## ${bench}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, bench)], { stdio: 'inherit', env: process.env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

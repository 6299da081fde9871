// `npm test`: every test: unit and integration (vitest, real PostgreSQL), then
// end-to-end (Playwright in Debian's Chromium). Ends with one line: `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');
const REPORTS = path.join(ROOT, '.data', 'reports');
mkdirSync(REPORTS, { recursive: true });
const bin = (name: string) => path.join(ROOT, 'node_modules', '.bin', name);

type Tally = { passed: number; failed: number; skipped: number };
const total: Tally = { passed: 0, failed: 0, skipped: 0 };
let crashed = false;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the runners' JSON reports are read as they come
function run(label: string, command: string, args: string[], report: string, read: (json: any) => Tally) {
  console.log(`\n=== ${label} ===`);
  rmSync(report, { force: true });
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: { ...process.env, FORCE_COLOR: process.env.CI ? '0' : '1' } });
  if (!existsSync(report)) {
    console.error(`${label}: the runner produced no report (exit code ${result.status})`);
    crashed = true;
    return;
  }
  const tally = read(JSON.parse(readFileSync(report, 'utf8')));
  total.passed += tally.passed;
  total.failed += tally.failed;
  total.skipped += tally.skipped;
  if (result.status !== 0 && tally.failed === 0) crashed = true;
}

/** A check with no report of its own (lint, types): one test that passes or fails. */
function check(label: string, command: string, args: string[]) {
  console.log(`\n=== ${label} ===`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env: process.env });
  if (result.status === 0) total.passed++;
  else total.failed++;
}

check('format (Prettier)', bin('prettier'), ['--check', '.', '--log-level', 'warn']);
check('lint (ESLint, zero warnings)', bin('eslint'), ['.', '--max-warnings', '0']);
check('types (tsc)', bin('tsc'), ['--noEmit']);

const vitestReport = path.join(REPORTS, 'vitest.json');
run(
  'unit and integration tests (vitest)',
  bin('vitest'),
  ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestReport}`],
  vitestReport,
  (json) => ({
    passed: json.numPassedTests,
    failed: json.numFailedTests + (json.numTotalTestSuites && !json.success && json.numFailedTests === 0 ? 1 : 0),
    skipped: json.numPendingTests + json.numTodoTests,
  }),
);

const playwrightReport = path.join(REPORTS, 'playwright.json');
run('end-to-end tests (Playwright, Chromium)', bin('playwright'), ['test'], playwrightReport, (json) => ({
  passed: json.stats.expected + json.stats.flaky,
  failed: json.stats.unexpected,
  skipped: json.stats.skipped,
}));

console.log('');
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exit(total.failed > 0 || crashed ? 1 : 0);

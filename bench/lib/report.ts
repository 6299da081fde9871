import { execSync } from 'node:child_process';
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type Row = Record<string, string | number>;

/** Prints rows as a Markdown table and returns it. */
export function table(rows: Row[]): string {
  const columns = Object.keys(rows[0] ?? {});
  const cell = (value: string | number) => (typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : value);
  const lines = [
    `| ${columns.join(' | ')} |`,
    `| ${columns.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${columns.map((c) => cell(row[c] ?? '')).join(' | ')} |`),
  ];
  return lines.join('\n');
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Appends a dated, attributed table to bench/RESULTS.md. */
export function record(title: string, markdown: string) {
  const file = path.resolve(import.meta.dirname, '../RESULTS.md');
  if (!existsSync(file)) writeFileSync(file, '# Benchmark results\n\nAppended by `npm run bench`; each entry names the machine, date and commit.\n');
  let commit = 'unknown';
  try {
    commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    /* not a checkout */
  }
  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
  appendFileSync(file, `\n## ${title}\n\n${new Date().toISOString()} · commit ${commit} · ${machine}\n\n${markdown}\n`);
}

const SUMMARY = path.resolve(import.meta.dirname, '../../.data/bench-summary.jsonl');

/** One line of the run's summary against the targets (printed and recorded by `npm run bench`). */
export function summarize(metric: string, value: string, target: string, met: boolean | null) {
  appendFileSync(SUMMARY, `${JSON.stringify({ metric, value, target, met: met === null ? '—' : met ? 'yes' : 'NO' })}\n`);
}

export const summaryFile = SUMMARY;

import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type WrkResult = { requestsPerSecond: number; p50: number; p90: number; p99: number; requests: number; non2xx: number; errors: number };

const ms = (value: string, unit: string) => Number(value) * ({ us: 0.001, ms: 1, s: 1000, m: 60_000 }[unit] ?? 1);

/** Parses wrk's `--latency` report. */
export function parseWrk(output: string): WrkResult {
  const latency = (p: string) => {
    const match = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s|m)\\s*$`, 'm').exec(output);
    return match ? ms(match[1]!, match[2]!) : NaN;
  };
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  return {
    requestsPerSecond: Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? NaN),
    p50: latency('50'),
    p90: latency('90'),
    p99: latency('99'),
    requests: Number(/(\d+) requests in/.exec(output)?.[1] ?? 0),
    non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(output)?.[1] ?? 0),
    errors: errors
      ? errors
          .slice(1)
          .map(Number)
          .reduce((a, b) => a + b, 0)
      : 0,
  };
}

/**
 * HTTP load from Debian's `wrk` (far harder than a Node load generator on two cores):
 * `connections` open connections for `seconds`, optionally with a Lua script.
 */
export async function wrk(
  url: string,
  options: { connections: number; seconds: number; threads?: number; lua?: string; headers?: Record<string, string> },
): Promise<WrkResult> {
  const args = ['-t', String(options.threads ?? 2), '-c', String(options.connections), '-d', `${options.seconds}s`, '--latency'];
  for (const [name, value] of Object.entries(options.headers ?? {})) args.push('-H', `${name}: ${value}`);
  if (options.lua) {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'wrk-')), 'script.lua');
    writeFileSync(file, options.lua);
    args.push('-s', file);
  }
  args.push(url);
  const output = await new Promise<string>((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.stderr.on('data', (chunk) => {
      out += chunk;
    });
    child.on('error', (error) => reject(new Error(`wrk could not run (apt-get install wrk): ${error.message}`)));
    child.on('exit', () => resolve(out));
  });
  const result = parseWrk(output);
  if (Number.isNaN(result.requestsPerSecond)) throw new Error(`wrk gave no result:\n${output}`);
  return result;
}

export const wrkRow = (result: WrkResult) => ({
  'req/s': Math.round(result.requestsPerSecond),
  'p50 (ms)': Number(result.p50.toFixed(2)),
  'p99 (ms)': Number(result.p99.toFixed(2)),
  errors: result.errors,
  'non-2xx': result.non2xx,
});

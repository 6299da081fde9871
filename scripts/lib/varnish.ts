import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const VCL_FILE = path.resolve(import.meta.dirname, '..', 'varnish', 'newsroom.vcl');

export type RunningVarnish = { url: string; port: number; stop(): Promise<void> };

/** The repo's VCL with the backend and the purgers ACL filled in. */
export function vclFor(backend: { host: string; port: number }, purgers: string[] = ['127.0.0.1', '::1']): string {
  return readFileSync(VCL_FILE, 'utf8')
    .replace(/\.host = "[^"]*";(\s*# NEWSROOM_BACKEND_HOST)/, `.host = "${backend.host}";$1`)
    .replace(/\.port = "[^"]*";(\s*# NEWSROOM_BACKEND_PORT)/, `.port = "${backend.port}";$1`)
    .replace(/acl purgers \{[^}]*\}/, `acl purgers {\n${purgers.map((ip) => `  "${ip}";`).join('\n')}\n}`);
}

export function varnishInstalled(): boolean {
  return spawnSync('varnishd', ['-V'], { stdio: 'ignore' }).status === 0;
}

/**
 * Starts Debian's varnishd in the foreground with the repo's VCL in front of `backend`,
 * listening on 127.0.0.1:`port`; resolves once it answers. Its working directory is a
 * fresh temporary one, removed on stop.
 */
export async function startVarnish(options: {
  backend: { host: string; port: number };
  port: number;
  memory?: string;
  threads?: number;
}): Promise<RunningVarnish> {
  if (!varnishInstalled()) throw new Error('varnishd is not installed (apt-get install varnish varnish-modules)');
  const dir = mkdtempSync(path.join(tmpdir(), 'newsroom-varnish-'));
  const vcl = path.join(dir, 'newsroom.vcl');
  writeFileSync(vcl, vclFor(options.backend));
  const child: ChildProcess = spawn(
    'varnishd',
    [
      '-F',
      '-j',
      'none',
      '-n',
      path.join(dir, 'work'),
      '-a',
      `127.0.0.1:${options.port}`,
      '-f',
      vcl,
      '-s',
      `malloc,${options.memory ?? '256m'}`,
      '-T',
      'none',
      '-p',
      'feature=+http2',
      ...(options.threads ? ['-p', `thread_pool_min=${options.threads}`] : []),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 150; attempt++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${url}/robots.txt`, { signal: AbortSignal.timeout(2_000) });
      return { url, port: options.port, stop };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await stop();
  throw new Error(`varnishd did not start:\n${output}`);
}

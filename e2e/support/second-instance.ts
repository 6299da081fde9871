import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { E2E_PORT } from '../ports';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DATA = path.join(ROOT, '.data/e2e');

/**
 * A second app instance on the end-to-end database (the first one's build, secret and
 * data), on its own port: for what must hold across instances and restarts. Browsers
 * signed in on the first are signed in here too (cookies do not depend on the port).
 */
export class SecondInstance {
  readonly port = E2E_PORT + 2;
  readonly origin = `http://127.0.0.1:${this.port}`;
  private server: ChildProcess | null = null;

  /** `env` adds to or replaces the instance's settings (another database, tracing on). */
  constructor(private readonly options: { env?: Record<string, string> } = {}) {}

  async start() {
    const env = {
      ...process.env,
      NODE_ENV: 'production' as const,
      HOST: '127.0.0.1',
      PORT: String(this.port),
      NEWSROOM_DATA_DIR: '.data/e2e',
      DATABASE_URL: readFileSync(path.join(DATA, 'database-url'), 'utf8').trim(),
      AUTH_SECRET: readFileSync(path.join(DATA, 'auth-secret'), 'utf8').trim(),
      AUTH_TRUST_HOST: 'true',
      NEWSROOM_SITE_URL: this.origin,
      NEWSROOM_INTERNAL_TOKEN: randomBytes(24).toString('base64url'),
      ...this.options.env,
    };
    const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/server.ts')], {
      cwd: ROOT,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    this.server = server;
    for (let i = 0; ; i++) {
      if (server.exitCode !== null) throw new Error('the second instance exited before it was ready');
      if (i > 300) throw new Error('the second instance did not start in a minute');
      try {
        if ((await fetch(`${this.origin}/login`)).ok) return;
      } catch {
        /* starting */
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  /** Ends the instance as a crash would (no shutdown work), or politely. */
  async stop(signal: 'SIGKILL' | 'SIGTERM' = 'SIGTERM') {
    const server = this.server;
    this.server = null;
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill(signal);
    await exited;
  }
}

import { defineConfig } from '@playwright/test';
import { E2E_PORT as PORT, VARNISH_URL } from './e2e/ports';
import { E2E_METRICS_TOKEN } from './e2e/support/operations';

const baseURL = `http://127.0.0.1:${PORT}`;
// The app's JSON log for this run (a file of its own: e2e/logs.audit.ts reads it after every spec).
// Set once by the runner; the workers it starts inherit it.
process.env.NEWSROOM_E2E_LOG ??= `.data/e2e/logs/newsroom-${Date.now()}.log`;

// With DATABASE_URL set, the end-to-end run uses its own database on that server.
function e2eDatabaseUrl(): string | undefined {
  if (!process.env.DATABASE_URL) return undefined;
  const url = new URL(process.env.DATABASE_URL);
  url.pathname = `${url.pathname}_e2e`;
  return url.toString();
}

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.(spec|setup)\.ts/,
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  globalSetup: './e2e/varnish.global-setup.ts',
  reporter: [['list'], ['json', { outputFile: '.data/reports/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'chromium', testMatch: /.*\.spec\.ts/, dependencies: ['setup'] },
    // After every spec: the run's log holds no session cookie, password or secret.
    { name: 'log-audit', testMatch: /.*\.audit\.ts/, dependencies: ['chromium'] },
  ],
  webServer: {
    // The same path as `npm start`: database, migrations, demo seed, build, next start.
    command: 'npx tsx --conditions=react-server scripts/start.ts',
    url: `${baseURL}/login`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      NEWSROOM_DATA_DIR: '.data/e2e',
      NEWSROOM_FRESH_DB: 'true',
      NEWSROOM_SITE_URL: baseURL,
      // The tests' own requests arrive from loopback; trusting it as a proxy lets a spec
      // speak for distinct clients with X-Forwarded-For (the search flood test).
      NEWSROOM_TRUSTED_PROXIES: '127.0.0.1',
      // Varnish in front (e2e/varnish.global-setup.ts), purged on every public change.
      NEWSROOM_PURGER: 'varnish',
      // Webhook specs run their partner's receiver on loopback.
      NEWSROOM_ALLOW_PRIVATE_FETCH: 'true',
      NEWSROOM_VARNISH_URLS: VARNISH_URL,
      NEWSROOM_METRICS_TOKEN: E2E_METRICS_TOKEN,
      NEWSROOM_LOG_FILE: process.env.NEWSROOM_E2E_LOG,
      ...(e2eDatabaseUrl() ? { DATABASE_URL: e2eDatabaseUrl()! } : {}),
    },
  },
});

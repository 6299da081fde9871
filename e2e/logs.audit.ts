import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, PERSONAS, storageStateFor, type Persona } from './fixtures/users';
import { E2E_METRICS_TOKEN, e2eLogFile } from './support/operations';

const DATA = path.resolve(import.meta.dirname, '../.data/e2e');

/**
 * Runs after every spec (project `log-audit`, playwright.config.ts): the app's whole log
 * of the run is JSON, says who did what under which request id, and holds no session
 * cookie, session id, password, API key or secret.
 */
test('the log of the whole end-to-end run is structured and keeps no cookie, password or secret', async () => {
  // The whole run's log (every request of ~130 specs, a few MB of JSON lines, each parsed and checked): it outlasted the default 30 s once.
  test.setTimeout(300_000);
  const file = e2eLogFile();
  expect(file && existsSync(file), `the run's log ${file}`).toBeTruthy();
  const text = readFileSync(file!, 'utf8');
  const lines = text.split('\n').filter(Boolean);
  expect(lines.length).toBeGreaterThan(500);

  // Every line is one JSON object with a level, a time and the process it came from.
  const records = lines.map((line, index) => {
    try {
      return JSON.parse(line) as Record<string, unknown>;
    } catch {
      throw new Error(`line ${index + 1} is not JSON: ${line.slice(0, 200)}`);
    }
  });
  for (const record of records) expect(record).toMatchObject({ level: expect.any(String), time: expect.any(String), process: expect.any(String) });
  // Desk requests name the request and the signed-in person.
  const deskRequests = records.filter((r) => r.msg === 'request' && r.group === 'desk');
  expect(deskRequests.length).toBeGreaterThan(50);
  expect(deskRequests.every((r) => typeof r.requestId === 'string')).toBe(true);
  expect(deskRequests.filter((r) => typeof r.userId === 'string').length).toBeGreaterThan(50);
  expect(records.some((r) => r.process === 'worker' && r.msg === 'job done')).toBe(true);

  // The secrets of this run: every session the run signed in (the cookies and their ids), passwords, tokens.
  const secrets = new Map<string, string>();
  for (const persona of Object.keys(PERSONAS) as Persona[]) {
    const state = JSON.parse(readFileSync(storageStateFor(persona), 'utf8')) as { cookies: { name: string; value: string }[] };
    for (const cookie of state.cookies)
      if (/session-token|csrf-token|newsroom-device/.test(cookie.name)) secrets.set(`${persona}'s ${cookie.name} cookie`, cookie.value);
    expect(state.cookies.some((cookie) => cookie.name.includes('session-token'))).toBe(true);
  }
  const database = new pg.Client({ connectionString: readFileSync(path.join(DATA, 'database-url'), 'utf8').trim() });
  await database.connect();
  try {
    const sessions = await database.query<{ id: string }>('SELECT id FROM "Session"');
    expect(sessions.rows.length).toBeGreaterThan(3);
    for (const { id } of sessions.rows) secrets.set(`session id ${id}`, id);
  } finally {
    await database.end();
  }
  secrets.set('the demo password', DEMO_PASSWORD);
  secrets.set('AUTH_SECRET', readFileSync(path.join(DATA, 'auth-secret'), 'utf8').trim());
  secrets.set('the metrics token', E2E_METRICS_TOKEN);
  for (const [what, value] of secrets) expect(text.includes(value), `${what} is in the log`).toBe(false);
  // Nor any cookie header, session cookie or API key, whoever's.
  expect(text).not.toMatch(/authjs\.session-token=[^\s";[]/);
  expect(text).not.toMatch(/newsroom-device=[^\s";[]/);
  expect(text).not.toMatch(/\bnr_[A-Za-z0-9_-]{16,}/);
});

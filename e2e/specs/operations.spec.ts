import { test, expect } from '../fixtures/test';
import { E2E_METRICS_TOKEN } from '../support/operations';
import { VARNISH_URL } from '../ports';

/** Every series /metrics must name (README: Operations). */
const METRIC_NAMES = [
  'newsroom_http_request_duration_seconds',
  'newsroom_micro_cache_requests_total',
  'newsroom_micro_cache_entries',
  'newsroom_cache_purges_total',
  'newsroom_cache_purge_duration_seconds',
  'newsroom_publish_visible_seconds',
  'newsroom_action_duration_seconds',
  'newsroom_job_queue_jobs',
  'newsroom_job_queue_oldest_ready_seconds',
  'newsroom_job_runner_last_seen_seconds',
  'newsroom_ingest_items_total',
  'newsroom_ingest_failures_total',
  'newsroom_ingest_last_item_seconds',
  'newsroom_collab_connections',
  'newsroom_collab_documents',
  'newsroom_live_readers',
  'newsroom_webhook_deliveries',
  'newsroom_missed_schedules',
  'newsroom_db_pool_connections',
  'newsroom_db_pool_max',
  'newsroom_up',
  'process_cpu_seconds_total',
  'nodejs_eventloop_lag_seconds',
];

const scrape = async (token = E2E_METRICS_TOKEN) => {
  const response = await fetch(`${test.info().project.use.baseURL}/metrics`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
};
/** The value of one sample, e.g. `newsroom_up{part="database"}`. */
const sample = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

test('health, readiness and Prometheus metrics, never cached by Varnish', async ({ request }) => {
  const health = await request.get('/healthz');
  expect(health.status()).toBe(200);
  expect(health.headers()['cache-control']).toBe('no-store');
  expect(await health.json()).toMatchObject({ status: 'ok' });

  // Ready once the job runner has reported: every part checked and working.
  await expect.poll(async () => (await request.get('/readyz')).status(), { timeout: 30_000 }).toBe(200);
  const ready = await (await request.get('/readyz')).json();
  expect(ready).toMatchObject({ status: 'ready', failed: [] });
  for (const part of ['database', 'jobRunner', 'storage', 'collaboration']) expect(ready.checks[part]).toMatchObject({ ok: true });

  // Metrics need the token on the app's port.
  expect((await request.get('/metrics')).status()).toBe(401);
  expect((await scrape('wrong-token-wrong-token')).status).toBe(401);
  // Readers on the home page until one is answered from the micro-cache (a publication elsewhere may have just cleared it).
  await expect.poll(async () => (await request.get('/')).headers()['x-newsroom-cache'], { timeout: 15_000 }).toBe('HIT');
  const { status, type, text } = await scrape();
  expect(status).toBe(200);
  expect(type).toContain('text/plain');
  for (const name of METRIC_NAMES) expect(text, name).toContain(`# TYPE ${name} `);
  expect(sample(text, 'newsroom_micro_cache_requests_total{result="hit"}')).toBeGreaterThan(0);
  expect(sample(text, 'newsroom_http_request_duration_seconds_count{group="public",method="GET",status="200"}')).toBeGreaterThan(2);
  for (const part of ['database', 'jobRunner', 'storage', 'collaboration']) expect(sample(text, `newsroom_up{part="${part}"}`)).toBe(1);
  expect(sample(text, 'newsroom_db_pool_max{pool="app"}')).toBeGreaterThan(0);
  expect(sample(text, 'newsroom_job_queue_jobs{task="publish-scheduled-story",state="failed"}')).toBe(0);

  // Through Varnish: health, readiness and metrics always reach the newsroom.
  for (const path of ['/healthz', '/readyz', '/metrics']) {
    const seen: (string | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await fetch(VARNISH_URL + path, { headers: { authorization: `Bearer ${E2E_METRICS_TOKEN}` } });
      expect(response.status, path).toBe(200);
      seen.push(response.headers.get('x-cache'));
    }
    expect(seen, path).not.toContain('HIT');
  }
  const uptimes = [];
  for (let i = 0; i < 2; i++) uptimes.push((await (await fetch(`${VARNISH_URL}/healthz`)).json()).uptimeSeconds as number);
  expect(uptimes[1]).toBeGreaterThanOrEqual(uptimes[0]!);
});

test.describe('the System page', () => {
  test.use({ persona: 'admin' });

  test('admins see each part, and a failing wire source turns the banner on every admin page red until it recovers', async ({ page, request }) => {
    test.setTimeout(90_000);
    await page.goto('/desk');
    await page.getByRole('navigation', { name: 'Desk' }).getByRole('button', { name: 'Admin' }).click();
    await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'System' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'System' })).toBeVisible();
    const parts = page.getByRole('table', { name: 'Parts' });
    for (const part of ['Database', 'Job runner', 'Media storage', 'Collaboration server']) {
      await expect(parts.getByRole('row', { name: new RegExp(part) })).toContainText('Working');
    }
    await expect(page.getByRole('table', { name: 'Job queues' }).getByRole('row', { name: /publish-scheduled-story/ })).toBeVisible();

    // An agency whose copy cannot be read.
    const source = `Broken Wire ${Date.now()}`;
    await page.goto('/desk/api-keys');
    await page.getByLabel('Name').fill(source);
    await page.getByRole('checkbox', { name: 'Read stories (embargoed copy included)' }).uncheck();
    await page.getByRole('checkbox', { name: 'Send wire copy' }).check();
    await page.getByRole('button', { name: 'Create key' }).click();
    const key = (await page.getByTestId('new-api-key').textContent())!.trim();
    const send = (data: string) => request.post('/api/v1/ingest', { data, headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` } });
    expect((await send('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><unclosed>')).status()).toBe(400);

    const banner = page.getByRole('region', { name: 'System alerts' });
    const alert = `Ingest from ${source} is failing`;
    await expect
      .poll(
        async () => {
          // The banner is there only once an alert is (alerts are read at most every 5 s): count, never wait on it.
          await page.goto('/desk');
          return (await banner.count()) ? await banner.textContent() : '';
        },
        { timeout: 15_000 },
      )
      .toContain(alert);
    await page.goto('/desk/users');
    await expect(banner).toContainText(alert);
    await banner.getByRole('link', { name: 'Open the System page' }).click();
    await expect(page.getByRole('list', { name: 'Problems' })).toContainText(alert);
    await expect(page.getByRole('table', { name: 'Ingest by source' }).getByRole('row', { name: new RegExp(source) })).toContainText('Failed');

    // The next document arrives: the source is well again and the alert goes.
    const good = `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:ops:${Date.now()}" version="1" standard="NewsML-G2" standardversion="2.35" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-12-06T09:00:00Z</versionCreated></itemMeta>
  <contentMeta><headline>The wire is back</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Copy flows again.</p></body></html></inlineXML></contentSet>
</newsItem>`;
    expect((await send(good)).status()).toBe(201);
    await expect
      .poll(
        async () => {
          await page.goto('/desk/system');
          return page
            .getByRole('table', { name: 'Ingest by source' })
            .getByRole('row', { name: new RegExp(source) })
            .textContent();
        },
        { timeout: 15_000 },
      )
      .toContain('OK');
    await expect
      .poll(
        async () => {
          await page.goto('/desk');
          return (await banner.count()) ? await banner.textContent() : '';
        },
        { timeout: 15_000 },
      )
      .not.toContain(alert);
  });
});

test.describe('for anyone but admins', () => {
  test.use({ persona: 'editor' });

  test('no System page, no banner', async ({ page }) => {
    await page.goto('/desk');
    await expect(page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'System' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'System alerts' })).toHaveCount(0);
    await page.goto('/desk/system');
    await expect(page).toHaveURL(/\/desk\/forbidden$/);
  });
});

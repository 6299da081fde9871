import { test, expect } from '../fixtures/test';
import { OtlpReceiver } from '../support/otlp-receiver';
import { SecondInstance } from '../support/second-instance';

test.use({ persona: 'reviewer' });

test('with OTEL_EXPORTER_OTLP_ENDPOINT set, a publish is one trace: request → action → database → cache purge', async ({ page }) => {
  test.setTimeout(120_000); // starts an app instance of its own
  const receiver = new OtlpReceiver();
  const endpoint = await receiver.start();
  const traced = new SecondInstance({
    env: { OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_BSP_SCHEDULE_DELAY: '200', OTEL_SERVICE_NAME: 'newsroom-e2e', NEWSROOM_PURGER: 'log' },
  });
  await traced.start();
  try {
    const headline = `Traced from desk to cache ${Date.now()}`.slice(0, 60);
    await page.goto(`${traced.origin}/desk/stories/new`);
    await page.getByLabel('Headline', { exact: true }).fill(headline);
    await page.getByLabel('Dateline place').fill('Minsk');
    await page.getByLabel('Priority').selectOption('FLASH');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect(page.getByText('Story published.')).toBeVisible();
    const slug = (await page.getByRole('link', { name: 'View published version' }).getAttribute('href'))!.replace('/news/', '');
    expect(slug).toMatch(/^[a-z0-9-]+$/);

    // The purge of the story's cache keys, and the whole trace above it: spans are exported in
    // batches as they end, and the request's span ends last (when its response is closed).
    const findPurge = () =>
      receiver.spans.find((s) => s.name === 'cache.purge' && String(s.attributes['newsroom.cache.keys']).split(' ').includes(`story:${slug}`));
    await expect.poll(() => !!findPurge(), { timeout: 15_000 }).toBe(true);
    const purge = findPurge()!;
    await expect.poll(() => receiver.ancestry(purge).at(-1)?.name, { timeout: 15_000 }).toBe('POST action');
    expect(purge.service).toBe('newsroom-e2e');

    // Up from the purge: the publishing Server Action, and above it the request the front server took.
    const chain = receiver.ancestry(purge);
    const action = chain.find((s) => s.name === 'action story.transition');
    expect(action, `ancestry of the purge: ${chain.map((s) => s.name).join(' ← ')}`).toBeDefined();
    const root = chain.at(-1)!;
    expect(root.kind).toBe(2); // SERVER
    expect(root.name).toBe('POST action');
    expect(String(root.attributes['newsroom.request_id'])).toMatch(/^[0-9a-f-]{36}$/);
    expect(action!.attributes['enduser.id']).toBeTruthy();

    // Under the action: Prisma's queries, the publication written among them, before the purge.
    const database = receiver.descendants(action!).filter((s) => s.name === 'prisma:client:db_query');
    expect(database.length).toBeGreaterThan(0);
    expect(database.some((s) => /INSERT INTO "public"\."Publication"|INSERT INTO "Publication"/.test(String(s.attributes['db.query.text'])))).toBe(true);
    expect(receiver.descendants(action!)).toContain(purge);
  } finally {
    await traced.stop();
    await receiver.stop();
  }
});

import { test, expect } from '../fixtures/test';
import { ReviewerSession } from '../pages/reviewer-session';
import { StoryEditorPage } from '../pages/story-editor-page';
import { VARNISH_URL } from '../ports';

test.use({ persona: 'editor' });

/** A reader's request through Varnish (e2e/varnish.global-setup.ts), no cookies. */
async function throughVarnish(path: string) {
  const response = await fetch(VARNISH_URL + path, { headers: { 'accept-encoding': 'gzip' } });
  return { status: response.status, cache: response.headers.get('x-cache'), headers: response.headers, html: await response.text() };
}

/** Asks until Varnish answers from its cache (the first ask may be the one that fills it). */
async function expectCached(path: string, status = 200) {
  await expect
    .poll(async () => {
      const r = await throughVarnish(path);
      return `${r.status} ${r.cache}`;
    })
    .toBe(`${status} HIT`);
}

test('Varnish in front: pages cached by tag, fresh on the next request after a publish, a correction and a kill', async ({ page, browser }) => {
  // Cache tags are for caches: Varnish indexes them and keeps them from readers.
  await expectCached('/');
  const home = await throughVarnish('/');
  expect(home.headers.get('surrogate-key')).toBeNull();
  expect(home.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, stale-while-revalidate=30, stale-if-error=86400');

  // A draft's address is a cached 404 ...
  const editor = new StoryEditorPage(page);
  const headline = `Varnish sees the news at once ${Date.now()}`;
  const url = await editor.createNew(headline, 'Officials said the cache was purged by tag.');
  const slug = `varnish-sees-the-news-${Date.now()}`;
  await page.getByLabel('Slug').fill(slug);
  await editor.save();
  const storyPath = `/news/${slug}`;
  await expectCached(storyPath, 404);
  await editor.submitForReview();

  // ... until it is published: the very next request through Varnish has it, and the home page lists it.
  const reviewer = await ReviewerSession.open(browser, url);
  await reviewer.approveAndPublish();
  const published = await throughVarnish(storyPath);
  expect(published.status).toBe(200);
  expect(published.html).toContain(headline);
  expect((await throughVarnish('/')).html).toContain(headline);
  await expectCached(storyPath);
  await expect.poll(async () => (await throughVarnish('/rss.xml')).html).toContain(headline);
  await expectCached('/rss.xml');

  // A correction: the cached page is replaced on the next request.
  await page.goto(url);
  await page.getByLabel('Correction note').fill('An earlier version named the wrong cache.');
  await editor.save();
  await editor.submitForReview();
  await reviewer.page.goto(url);
  await reviewer.approveAndPublish();
  const corrected = await throughVarnish(storyPath);
  expect(corrected.cache).toBe('MISS');
  expect(corrected.html).toContain('An earlier version named the wrong cache.');
  await expectCached(storyPath);

  // A kill: the next request through Varnish is the 410 notice, and the feed and home page drop it.
  await reviewer.page.getByRole('button', { name: 'Kill' }).click();
  const kill = reviewer.page.getByRole('dialog', { name: 'Kill' });
  await kill.getByLabel('Note').fill('Withdrawn: the cache test is over.');
  await kill.getByRole('button', { name: 'Kill' }).click();
  await expect(reviewer.page.getByText('Story killed.')).toBeVisible();
  const killed = await throughVarnish(storyPath);
  expect(killed.status).toBe(410);
  expect(killed.html).toContain('This story has been withdrawn');
  expect((await throughVarnish('/')).html).not.toContain(headline);
  expect((await throughVarnish('/rss.xml')).html).not.toContain(headline);
  await reviewer.close();
});

test('only the newsroom may purge, and the desk is never cached', async () => {
  const purge = await fetch(VARNISH_URL, { method: 'PURGE' });
  expect(purge.status).toBe(400); // loopback is a purger, but must name the keys
  const desk = await fetch(`${VARNISH_URL}/desk`, { redirect: 'manual' });
  expect(desk.headers.get('x-cache')).toBe('MISS');
  const again = await fetch(`${VARNISH_URL}/desk`, { redirect: 'manual' });
  expect(again.headers.get('x-cache')).toBe('MISS');
});

test('live updates stream through Varnish: the event stream is passed, not cached or buffered', async () => {
  const controller = new AbortController();
  try {
    const response = await fetch(`${VARNISH_URL}/live/events`, { signal: controller.signal, headers: { accept: 'text/event-stream' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    expect(response.headers.get('x-cache') ?? '').not.toMatch(/HIT/);
    // The first frames arrive while the response is still open: nothing waits for its end.
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('event: breaking')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    expect(text).toContain('retry: 3000');
    expect(text).toContain('event: breaking');
  } finally {
    controller.abort();
  }
});

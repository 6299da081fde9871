import { test, expect } from '../fixtures/test';
import { FEEDS, NON_PUBLIC, PUBLIC_LISTS, SITEMAPS } from '../support/public-surfaces';

// Every non-public state on every public surface: lists, story pages, search, feeds,
// sitemaps, and the social tags and JSON-LD inside the pages.
test('no draft, review, approved, embargoed, killed or pending story reaches any public surface', async ({ request }) => {
  const searches = NON_PUBLIC.flatMap((story) => [`/search?q=${encodeURIComponent(story.words)}`, `/ru/search?q=${encodeURIComponent(story.words)}`]);
  const bodies: [string, string][] = [];
  for (const path of [...PUBLIC_LISTS, ...FEEDS, ...SITEMAPS, ...searches]) {
    let response = await request.get(path);
    // Searches from one address are limited (a burst of 20): a polite client waits as told, as the specs before this one searched too.
    for (let attempt = 0; response.status() === 429 && attempt < 3; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, Number(response.headers()['retry-after'] ?? '2') * 1000));
      response = await request.get(path);
    }
    expect(response.status(), path).toBe(200);
    let body = await response.text();
    // A search page repeats its own query; what matters is what it found.
    const query = new URL(path, 'http://x').searchParams.get('q');
    if (query) body = body.split(query).join('');
    bodies.push([path, body]);
  }
  for (const story of NON_PUBLIC) {
    for (const [path, body] of bodies) {
      expect(body.includes(story.headline), `${story.state} headline on ${path}`).toBe(false);
      expect(body.includes(story.words), `${story.state} text on ${path}`).toBe(false);
      if (story.slug) expect(body.includes(story.slug), `${story.state} address on ${path}`).toBe(false);
    }
    if (story.slug) {
      const page = await request.get(`/news/${story.slug}`);
      expect(page.status(), `${story.state} story page`).toBe(story.state === 'killed' ? 410 : 404);
      const html = await page.text();
      expect(html.includes(story.headline), `${story.state} headline on its own page`).toBe(false);
      expect(html).not.toContain('og:title');
      expect(html).not.toContain('application/ld+json');
      // On another language's site the address says nothing either: no redirect that would tell the story exists.
      const elsewhere = await request.get(`/ru/news/${story.slug}`, { maxRedirects: 0 });
      expect(elsewhere.status(), `${story.state} story page on the Russian site`).toBe(story.state === 'killed' ? 301 : 404);
    }
  }
  // The live event stream (entries, the breaking banner) asked about each of them: nothing of theirs.
  const base = test.info().project.use.baseURL!;
  for (const story of NON_PUBLIC.filter((s) => s.slug)) {
    const controller = new AbortController();
    const response = await fetch(`${base}/live/events?story=${story.slug}&since=1`, { signal: controller.signal });
    const reader = response.body!.getReader();
    let text = '';
    const deadline = Date.now() + 800;
    while (Date.now() < deadline && !text.includes('event: breaking')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    controller.abort();
    expect(text, `${story.state} on the live stream`).not.toContain(story.headline);
    expect(text, `${story.state} on the live stream`).not.toContain('event: entry');
  }
  // The media library is the desk's.
  expect((await request.get('/api/assets?q=a')).status()).toBe(401);

  // The live story with a pending update still shows its published text.
  const metro = await request.get('/news/moscow-metro-opens-three-new-stations');
  expect(metro.status()).toBe(200);
  expect(await metro.text()).toContain('Moscow metro opens three new stations');
  // The contributor's page and feed do list her published stories: what they leave out is left out by the rule.
  for (const path of ['/contributors/elena-volkova', '/contributors/elena-volkova/rss.xml']) {
    expect(await (await request.get(path)).text(), path).toContain('Moscow metro opens three new stations');
  }
});

import { parseFeed } from '@rowanmanning/feed-parser';
import { convert } from 'xmlbuilder2';
import { test, expect } from '../fixtures/test';

const SEED_HEADLINE = 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin';
const SEED_SUB = "The talks to become Armenia’s Acting Prime Minister's first visit abroad";
const SEED_QUOTE =
  '"This is Pashinyan’s first visit abroad after [his party’s] victory in the parliamentary elections, [which turned out to be] a landslide and convincing," he said.';

test('RSS and Atom feeds parse with a real feed parser and carry the seed story unchanged', async ({ request }) => {
  for (const path of ['/rss.xml', '/atom.xml']) {
    const response = await request.get(path);
    expect(response.headers()['content-type']).toContain(path === '/rss.xml' ? 'application/rss+xml' : 'application/atom+xml');
    const feed = parseFeed(await response.text());
    const seed = feed.items.find((item) => item.title === SEED_HEADLINE);
    expect(seed, path).toBeTruthy();
    expect(seed!.url).toMatch(/\/news\/putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin$/);
    expect(seed!.content).toContain('MOSCOW, July 7. /TASS/.');
    expect(seed!.content).toContain(SEED_QUOTE);
    expect(seed!.description).toBe(SEED_SUB);
    expect(feed.items.map((item) => item.title)).toContain('Bank of Russia keeps key rate unchanged');
  }
});

test('the JSON Feed carries the seed story, and section and tag feeds are scoped', async ({ request }) => {
  const json = await (await request.get('/feed.json')).json();
  expect(json.version).toMatch(/jsonfeed\.org\/version\/1/);
  const seed = json.items.find((item: { title: string }) => item.title === SEED_HEADLINE);
  expect(seed.summary).toBe(SEED_SUB);
  expect(seed.content_html).toContain(SEED_QUOTE);

  const economy = parseFeed(await (await request.get('/section/economy/rss.xml')).text());
  expect(economy.items.map((i) => i.title)).toEqual(['Bank of Russia keeps key rate unchanged']);
  const kremlin = parseFeed(await (await request.get('/tag/kremlin/atom.xml')).text());
  expect(kremlin.items.map((i) => i.title)).toContain(SEED_HEADLINE);
  expect((await request.get('/tag/no-such-tag/rss.xml')).status()).toBe(404);
});

test('the sitemap index and its children parse as XML; the news sitemap covers the last 48 hours only', async ({ request }) => {
  const index = convert(await (await request.get('/sitemap.xml')).text(), { format: 'object' }) as Record<string, any>;
  const children = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
  expect(children.some((loc: string) => loc.endsWith('/sitemaps/stories-1.xml'))).toBe(true);
  const stories = convert(await (await request.get('/sitemaps/stories-1.xml')).text(), { format: 'object' }) as Record<string, any>;
  const locs = [stories.urlset.url].flat().map((u: { loc: string }) => u.loc);
  expect(locs.some((loc: string) => loc.endsWith('/news/putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin'))).toBe(true);
  expect(locs.length).toBeLessThanOrEqual(50_000);

  const newsXml = await (await request.get('/sitemap-news.xml')).text();
  expect(newsXml).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
  const news = convert(newsXml, { format: 'object' }) as Record<string, any>;
  const entries = [news.urlset.url].flat();
  const titles = entries.map((u: Record<string, any>) => u['news:news']['news:title']);
  expect(titles).toContain('Bank of Russia keeps key rate unchanged');
  expect(titles).not.toContain(SEED_HEADLINE); // published in 2021: outside the 48 hours
  for (const entry of entries) {
    const published = new Date(entry['news:news']['news:publication_date']).getTime();
    expect(Date.now() - published).toBeLessThanOrEqual(48 * 3_600_000);
    expect(entry['news:news']['news:publication']['news:name']).toBe('Newsroom');
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Disallow: /desk');
  expect(robots).toMatch(/Sitemap: http:\/\/127\.0\.0\.1:\d+\/sitemap-news\.xml/);
});

test('the story page has JSON-LD NewsArticle, social tags and a canonical link, with the seed characters intact', async ({ page }) => {
  await page.goto('/news/putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin');
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd).toMatchObject({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: SEED_HEADLINE,
    description: SEED_SUB,
    datePublished: '2021-07-07T09:05:00.000Z',
    articleSection: 'World',
    publisher: { '@type': 'Organization', name: 'Newsroom' },
  });
  expect(jsonLd.keywords).toEqual(expect.arrayContaining(['Vladimir Putin', 'Lachin Corridor']));
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', SEED_HEADLINE);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', SEED_SUB);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', SEED_SUB);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/news\/putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin$/);
  await expect(page.locator('article').first()).toHaveAttribute('lang', 'en');
  await expect(page.getByText(SEED_QUOTE)).toBeVisible();
  await expect(page.locator('time').first()).toHaveAttribute('datetime', '2021-07-07T09:05:00.000Z');
});

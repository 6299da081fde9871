import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures/test';

const PAGES = [
  ['home', '/', 'All news'],
  ['story', '/news/putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin', 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin'],
  ['section', '/section/world', 'World'],
  ['tag', '/tag/nikol-pashinyan', 'Nikol Pashinyan'],
  ['topic', '/topic/situation-in-nagorno-karabakh-and-border-regions', 'Situation in Nagorno-Karabakh and border regions'],
  ['search', '/search?q=Peskov', 'Search'],
  ['bylined story', '/news/moscow-metro-opens-three-new-stations', 'Moscow metro opens three new stations'],
  ['contributor', '/contributors/elena-volkova', 'Elena Volkova'],
] as const;

for (const [kind, path, heading] of PAGES) {
  test(`the ${kind} page works, loads no JavaScript and has no accessibility violations`, async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    expect(scripts).toEqual([]);
    const html = await response!.text();
    expect(html).not.toMatch(/self\.__next_f|<script[^>]+src=|surrogate-key/);
    expect(response!.headers()['surrogate-key']).toMatch(/^site\b/);
    // What search engines read: a description and an absolute canonical address.
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /\S/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^http:\/\/127\.0\.0\.1:\d+(\/|$)/);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('search finds published stories by words in the body, in English and Russian forms', async ({ page }) => {
  await page.goto('/search');
  await page.getByRole('searchbox', { name: 'Search stories' }).fill('peacekeepers Armenia');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('link', { name: 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin' })).toBeVisible();
  await page.goto('/search?q=nothing-matches-this-zzz');
  await expect(page.getByRole('status')).toHaveText('No stories match “nothing-matches-this-zzz”.');
});

test('the topic page shows the background box and its stories; sections drive the navigation', async ({ page }) => {
  await page.goto('/topic/situation-in-nagorno-karabakh-and-border-regions');
  await expect(page.getByRole('complementary', { name: 'Background' })).toContainText('Renewed clashes between Azerbaijan and Armenia');
  await expect(page.getByRole('link', { name: 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.getByRole('link', { name: 'Economy' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Economy' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Bank of Russia keeps key rate unchanged' })).toBeVisible();
});

test('a missing story is a 404 page and a killed story a 410 withdrawal notice', async ({ page }) => {
  const missing = await page.goto('/news/no-such-story');
  expect(missing?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  const killed = await page.goto('/news/minsk-talks-postponed-sources-say');
  expect(killed?.status()).toBe(410);
  await expect(page.getByRole('heading', { name: 'This story has been withdrawn' })).toBeVisible();
  await expect(page.getByText('This story was withdrawn because its sources could not be confirmed.')).toBeVisible();
});

test('the skip link moves keyboard focus to the content', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test.describe('with JavaScript turned off', () => {
  test.use({ javaScriptEnabled: false });

  test('a reader browses, searches and uses the phone menu exactly as with it', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin');
    await expect(page.locator('article')).toContainText('MOSCOW, July 7. /TASS/.');
    await page.getByRole('navigation', { name: 'Tags' }).getByRole('link', { name: 'Nikol Pashinyan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Nikol Pashinyan' })).toBeVisible();
    await page.getByRole('banner').getByRole('link', { name: 'Search', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('Kremlin');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText('Results for “Kremlin”');
    await page.setViewportSize({ width: 390, height: 844 });
    const nav = page.getByRole('navigation', { name: 'Sections' });
    await nav.getByText('Sections', { exact: true }).click();
    await nav.getByRole('link', { name: 'Economy' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Economy' })).toBeVisible();
  });
});

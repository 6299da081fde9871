import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures/test';

const PAGES = [
  ['home', '/', 'All news'],
  ['story', '/news/putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin', 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin'],
  ['section', '/section/world', 'World'],
  ['tag', '/tag/nikol-pashinyan', 'Nikol Pashinyan'],
  ['topic', '/topic/situation-in-nagorno-karabakh-and-border-regions', 'Situation in Nagorno-Karabakh and border regions'],
  ['search', '/search?q=Peskov', 'Search'],
] as const;

for (const [kind, path, heading] of PAGES) {
  test(`the ${kind} page works and has no accessibility violations`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
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

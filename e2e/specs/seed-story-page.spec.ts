import { test, expect } from '../fixtures/test';

const HEADLINE = 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin';

test('a reader finds the seed story on the home page and reads it as the agency shows it', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'All news', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: HEADLINE }).click();

  await expect(page).toHaveURL(/\/news\/putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(HEADLINE);
  await expect(page.getByText("The talks to become Armenia’s Acting Prime Minister's first visit abroad")).toBeVisible();

  const paragraphs = page.locator('article > .story-body > p');
  await expect(paragraphs).toHaveCount(5);
  await expect(paragraphs.first()).toHaveText(/^MOSCOW, July 7\. \/TASS\/\. Russian President Vladimir Putin and Armenia’s Acting Prime Minister/);
  await expect(paragraphs.first().locator('.dateline')).toHaveText('MOSCOW, July 7. /TASS/.');
  await expect(paragraphs.nth(3)).toHaveText(
    /"This is Pashinyan’s first visit abroad after \[his party’s\] victory in the parliamentary elections, \[which turned out to be\] a landslide and convincing," he said\./,
  );

  const box = page.getByRole('complementary', { name: 'Situation in Nagorno-Karabakh and border regions' });
  await expect(box).toBeVisible();
  await expect(box.locator('p')).toHaveCount(2);
  await expect(box.locator('p').first()).toHaveText(/^Renewed clashes between Azerbaijan and Armenia erupted on September 27, 2020/);
  await expect(box.locator('p').last()).toHaveText(/Syunik and Gegharkunik provinces/);

  const tags = page.getByRole('navigation', { name: 'Tags' });
  for (const name of ['Vladimir Putin', 'Nikol Pashinyan', 'Kremlin', 'Lachin Corridor']) await expect(tags.getByRole('link', { name })).toBeVisible();
});

test('stories that are not published are not on the public site', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Bank of Russia keeps key rate unchanged' })).toBeVisible();
  for (const headline of ['Arctic expedition sets off from Murmansk', 'Foreign ministers to meet in Geneva next week', 'Zenit wins the Russian Super Cup']) {
    await expect(page.getByText(headline)).toHaveCount(0);
  }
  const response = await page.goto('/news/arctic-expedition-sets-off-from-murmansk');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('every response carries the security headers', async ({ request }) => {
  for (const path of ['/', '/login']) {
    const response = await request.get(path);
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['content-security-policy']).toContain("object-src 'none'");
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-powered-by']).toBeUndefined();
  }
  // Pages that depend on who is signed in are isolated from other origins' windows; reader pages, the same for everyone, are not.
  for (const path of ['/login', '/desk'])
    expect((await request.get(path, { maxRedirects: 0 })).headers()['cross-origin-opener-policy'], path).toBe('same-origin');
  expect((await request.get('/')).headers()['cross-origin-opener-policy']).toBeUndefined();
});

import { test, expect } from '../fixtures/test';

test.use({ persona: 'editor' });

test('an address the desk does not know is a not-found page inside the desk, with the way back to work', async ({ page }) => {
  for (const path of ['/desk/stories', '/desk/no-such-place', '/desk/stories/no-such-story']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    // The desk around it (its navigation and who is signed in), not the public site's.
    await expect(page.getByRole('navigation', { name: 'Desk' })).toBeVisible();
    await expect(page.getByTestId('viewer-name')).toHaveText('Elena Editor');
    await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
  }
  await page.getByRole('main').getByRole('link', { name: 'Stories' }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Stories' })).toBeVisible();
});

test('signed out, an unknown desk address asks for sign-in first', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/desk/stories');
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdesk%2Fstories/);
  await context.close();
});

import { test, expect } from '../fixtures/test';

test.use({ persona: 'reviewer' });

test('the desk finds stories by their words and narrows them with filters', async ({ page }) => {
  await page.goto('/desk');
  const form = page.getByRole('search', { name: 'Search and filter stories' });
  await form.getByLabel('Search').fill('peacekeepers Karabakh');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  const rows = page.getByRole('table', { name: 'Stories on the desk' }).getByRole('row');
  await expect(rows.filter({ hasText: 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Bank of Russia' })).toHaveCount(0);

  await page.goto('/desk');
  await form.getByLabel('Priority').selectOption('URGENT');
  await form.getByLabel('Section').selectOption({ label: 'Politics' });
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows.filter({ hasText: 'Foreign ministers to meet in Geneva next week' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Bank of Russia keeps key rate unchanged' })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Filter by status' }).getByRole('link', { name: /^In review/ }).click();
  await expect(page).toHaveURL(/status=IN_REVIEW/);
  await expect(page).toHaveURL(/priority=URGENT/);
  await expect(rows.filter({ hasText: 'Foreign ministers to meet in Geneva next week' })).toHaveCount(1);

  await page.goto('/desk');
  await form.getByLabel('Tag').fill('Путин'); // an alias of Vladimir Putin
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(rows.filter({ hasText: 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin' })).toHaveCount(1);
  await expect(rows.filter({ hasText: 'Bank of Russia' })).toHaveCount(0);
});

test('the desk search and the public search find the same stories for a name in Russian', async ({ page }) => {
  const story = 'Putin, Pashinyan to discuss Nagorno-Karabakh on Wednesday — Kremlin';
  await page.goto('/search?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD'); // "Путин": an alias of Vladimir Putin, whom the story is tagged with
  await expect(page.getByRole('link', { name: story })).toBeVisible();
  await page.goto('/desk');
  const form = page.getByRole('search', { name: 'Search and filter stories' });
  await form.getByLabel('Search').fill('Путин');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('table', { name: 'Stories on the desk' }).getByRole('row').filter({ hasText: story })).toHaveCount(1);
  // "Лачин" names no tag: its transliteration finds the English text's "Lachin Corridor".
  await form.getByLabel('Search').fill('Лачин');
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('table', { name: 'Stories on the desk' }).getByRole('row').filter({ hasText: story })).toHaveCount(1);
});

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
  await page
    .getByRole('navigation', { name: 'Filter by status' })
    .getByRole('link', { name: /^In review/ })
    .click();
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
  // A name in another script that is neither a tag nor an alias: its transliteration finds the English text.
  const reviewerStory = `Envoy Zhurbenko${Date.now().toString(36)} arrives in Yerevan`;
  const surname = reviewerStory.split(' ')[1]!;
  await page.goto('/desk/stories/new');
  await page.getByLabel('Headline', { exact: true }).fill(reviewerStory);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page).toHaveURL(/\/desk\/stories\/[a-z0-9]+$/);
  await page.goto('/desk');
  await form.getByLabel('Search').fill(`Журбенко${surname.slice('Zhurbenko'.length)}`);
  await form.getByRole('button', { name: 'Apply filters' }).click();
  await expect(page.getByRole('table', { name: 'Stories on the desk' }).getByRole('row').filter({ hasText: reviewerStory })).toHaveCount(1);
});

test('a changed filter applies itself, Save view keeps what the form shows, and no placeholder is cut off', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/desk');
  const form = page.getByRole('search', { name: 'Search and filter stories' });
  // Every placeholder fits its field (measured in the field's own font).
  const cut = await form.locator('input[placeholder]').evaluateAll((inputs) =>
    inputs.flatMap((input) => {
      const field = input as HTMLInputElement;
      const style = getComputedStyle(field);
      const context = document.createElement('canvas').getContext('2d')!;
      context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return context.measureText(field.placeholder).width > room ? [field.placeholder] : [];
    }),
  );
  expect(cut).toEqual([]);

  // A choice applies at once; typing once it pauses; no "Apply filters" needed.
  await form.getByLabel('Priority').selectOption('URGENT');
  await expect(page).toHaveURL(/priority=URGENT/);
  await form.getByLabel('Search').fill('Geneva');
  await expect(page).toHaveURL(/q=Geneva/);
  await expect(
    page.getByRole('table', { name: 'Stories on the desk' }).getByRole('row').filter({ hasText: 'Foreign ministers to meet in Geneva next week' }),
  ).toHaveCount(1);
  await form.getByLabel('Changed from').fill('2026-1');
  await expect(form).toContainText('Type the day whole: YYYY-MM-DD.');
  await form.getByLabel('Changed from').fill('');

  // Save view keeps the form as shown, even a word typed a moment ago.
  const name = `Shown filters ${Date.now()}`;
  await form.getByLabel('Tag').fill('Lavrov');
  await page.getByLabel('View name').fill(name);
  await page.getByRole('button', { name: 'Save view' }).click();
  const view = page.getByRole('complementary', { name: 'Saved views' }).getByRole('link', { name: new RegExp(name) });
  await expect(view).toHaveAttribute('href', /tag=Lavrov/);
  await expect(view).toHaveAttribute('href', /q=Geneva/);
  await expect(view).toHaveAttribute('href', /priority=URGENT/);

  // Clear empties the form too.
  await form.getByRole('link', { name: 'Clear' }).click();
  await expect(page).toHaveURL(/\/desk$/);
  await expect(form.getByLabel('Search')).toHaveValue('');
  await expect(form.getByLabel('Priority')).toHaveValue('');

  // A word typed a moment before Clear (its half-second pause not over) does not come back after it.
  await form.getByLabel('Search').fill('Kremlin');
  await form.getByRole('link', { name: 'Clear' }).click();
  await page.waitForTimeout(1_500); // three times the typing pause: a pending apply would have landed
  await expect(page).toHaveURL(/\/desk$/);
  await expect(form.getByLabel('Search')).toHaveValue('');
});

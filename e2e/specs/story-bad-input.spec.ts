import { test, expect } from '../fixtures/test';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('an over-long headline is never "Saved": the field and the status say what to do, nothing typed is lost, the rest is stored, and no move takes it on', async ({
  page,
}) => {
  const editor = new StoryEditorPage(page);
  const url = await editor.createNew('Short headline', 'Body.');
  const long = 'A headline that goes on and on '.repeat(6).trim();
  await editor.headline().fill(long);
  const said = 'Not saved — Headline: Keep the headline to 160 characters.';
  await expect(editor.status()).toHaveText(said);
  await expect(page.locator('#headline-error')).toHaveText('Keep the headline to 160 characters.');
  await expect(editor.headline()).toHaveValue(long);
  await expect(editor.headline()).toHaveAttribute('aria-invalid', 'true');
  // The rest of the story is stored meanwhile.
  await editor.body().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' More body.');
  await expect(editor.status()).toHaveText(said);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  // (Next.js keeps its own empty route announcer with the alert role on every page.)
  await expect(page.getByRole('alert').filter({ hasText: said })).toHaveText(`${said} Fix it before moving the story on.`);
  await page.reload();
  await editor.ready();
  await expect(editor.headline()).toHaveValue(long); // kept in the shared document, on the server
  await expect(editor.status()).toHaveText(said);
  const preview = await page.context().newPage();
  await preview.goto(url.replace('/desk/stories/', '/preview/'));
  await expect(preview.getByRole('article')).toContainText('Body. More body.');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('Short headline');
  await preview.close();
  await editor.headline().fill('A headline that fits');
  await expect(editor.status()).toHaveText('Saved');
});

test('a javascript: link is refused in the link dialog', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await new StoryEditorPage(page).startNew();
  await editor.body().click();
  await page.keyboard.type('click');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Control+k');
  await page.getByLabel('Link address').fill('javascript:alert(document.cookie)');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await expect(page.getByText('Links must start with http://, https:// or mailto:.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(editor.body().locator('a')).toHaveCount(0);
});

test('an SVG or HTML file renamed .jpg is refused; a real PNG is inserted with its alt text and caption', async ({ page, browser }) => {
  const editor = new StoryEditorPage(page);
  await editor.createNew('Story with a picture', 'Before the picture.');
  await editor.body().click();
  await page.keyboard.press('End');
  const disguised: [string, string][] = [
    ['photo.jpg', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>'],
    ['scan.jpg', '<!doctype html><script>alert(1)</script>'],
  ];
  for (const [name, content] of disguised) {
    await editor.toolbarButton('Image').click();
    const dialog = page.getByRole('dialog', { name: 'Insert image' });
    await dialog.getByLabel('Image file').setInputFiles({ name, mimeType: 'image/jpeg', buffer: Buffer.from(content) });
    await dialog.getByLabel('Alt text').fill('Not an image');
    await dialog.getByRole('button', { name: 'Insert image' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(/Only JPEG, PNG and WebP images can be uploaded/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
  }
  await expect(editor.body().locator('img')).toHaveCount(0);

  await editor.toolbarButton('Image').click();
  const dialog = page.getByRole('dialog', { name: 'Insert image' });
  await dialog.getByLabel('Image file').setInputFiles({ name: 'kremlin.png', mimeType: 'image/png', buffer: PNG_1PX });
  await dialog.getByLabel('Alt text').fill('The Kremlin at dusk');
  await dialog.getByLabel('Caption').fill('The Kremlin');
  await dialog.getByLabel('Credit').fill('TASS');
  await dialog.getByRole('button', { name: 'Insert image' }).click();
  const image = editor.body().getByRole('img', { name: 'The Kremlin at dusk' });
  await expect(image).toBeVisible();
  await expect(editor.body().locator('figcaption')).toHaveText('The Kremlin Photo: TASS');
  await editor.save();
  await page.reload();
  await editor.ready();
  await expect(image).toBeVisible();

  const src = await image.getAttribute('src');
  expect(src).toMatch(/^\/media\/[0-9a-f-]{36}$/);
  const response = await page.request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  // The image belongs to a draft: readers cannot fetch it.
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  expect((await reader.request.get(new URL(src!, page.url()).toString())).status()).toBe(404);
  await reader.close();
});

test('submitting a story with an empty body says what is missing and does not submit', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await new StoryEditorPage(page).startNew();
  await editor.headline().fill('Headline only');
  await editor.save();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByText('Write the body before submitting.')).toBeVisible();
  await page.reload();
  await editor.ready();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();
});

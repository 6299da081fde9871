import { test, expect } from '../fixtures/test';
import { StoryEditorPage } from '../pages/story-editor-page';
import { selectPhrase } from '../pages/body-selection';

test.use({ persona: 'editor' });

test('an editor writes a story from scratch, saves, reloads and sees it all', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await editor.startNew();
  await editor.headline().fill('Kremlin: no documents to be signed at Putin–Pashinyan talks');
  await expect(page.getByTestId('headline-counter')).toHaveText(/^59\/160 characters · 10 words$/);
  await page.getByLabel('Subheadline').fill('Peskov says Karabakh will be discussed');
  await page.getByLabel('Dateline place').fill('Moscow');
  await page.getByLabel('Dateline date').fill('2021-07-07');
  await expect(page.getByTestId('dateline-preview')).toHaveText('MOSCOW, July 7. /TASS/.');
  await page.getByLabel('Section').selectOption({ label: 'World' });
  await page.getByLabel('Priority').selectOption('URGENT');

  await editor.body().click();
  await page.keyboard.type('The Kremlin said ');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('nothing');
  await page.keyboard.press('Control+b');
  await page.keyboard.type(' would be signed, according to TASS');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await editor.toolbarButton('Link').click();
  await page.getByLabel('Link address').fill('https://tass.com/politics');
  await page.getByRole('button', { name: 'Apply link' }).click();
  await page.keyboard.press('End');
  await page.keyboard.type('.');
  await page.keyboard.press('Enter');
  await editor.toolbarButton('Quote').click();
  await expect(editor.toolbarButton('Quote')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('"This report is not true," Peskov replied.');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter'); // an empty line leaves the quote
  await editor.toolbarButton('Bullet list').click();
  await page.keyboard.type('Karabakh');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Bilateral relations');
  await expect(page.getByTestId('body-counter')).toContainText('words');

  await editor.save();
  await page.reload();
  await editor.ready();

  await expect(editor.headline()).toHaveValue('Kremlin: no documents to be signed at Putin–Pashinyan talks');
  await expect(page.getByLabel('Subheadline')).toHaveValue('Peskov says Karabakh will be discussed');
  await expect(page.getByLabel('Priority')).toHaveValue('URGENT');
  await expect(page.getByLabel('Section').locator('option:checked')).toHaveText('World');
  const body = editor.body();
  await expect(body.locator('strong')).toHaveText('nothing');
  await expect(body.locator('a')).toHaveText('TASS');
  await expect(body.locator('a')).toHaveAttribute('href', 'https://tass.com/politics');
  await expect(body.locator('blockquote')).toHaveText('"This report is not true," Peskov replied.');
  await expect(body.locator('ul > li')).toHaveText(['Karabakh', 'Bilateral relations']);
  await expect(editor.status()).toHaveText('Saved');
  await expect(page.getByRole('list', { name: 'Revisions' }).getByRole('listitem')).toHaveCount(1);
});

test('the toolbar shows the state of the selection and undo works', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await editor.startNew();
  await editor.body().click();
  await expect(editor.toolbarButton('Bold')).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('Control+b');
  await expect(editor.toolbarButton('Bold')).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.type('bold');
  await editor.toolbarButton('Heading 2').click();
  await expect(editor.body().locator('h2')).toHaveText('bold');
  await expect(editor.toolbarButton('Heading 2')).toHaveAttribute('aria-pressed', 'true');
  await editor.toolbarButton('Undo').click();
  await expect(editor.body().locator('h2')).toHaveCount(0);
  await expect(editor.toolbarButton('Redo')).toBeEnabled();
  await editor.toolbarButton('Redo').click();
  await expect(editor.body().locator('h2 strong')).toHaveText('bold');
});

test('the link popover opens by the selected words, not at the edge of the page', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await editor.createNew(`Link popover ${Date.now()}`, 'Officials in the capital said the talks in the middle of this sentence went well.');
  await selectPhrase(editor.body(), 'middle of this sentence');
  const words = await page.evaluate(() => {
    const rect = window.getSelection()!.getRangeAt(0).getBoundingClientRect();
    return { left: rect.left, bottom: rect.bottom };
  });
  expect(words.left).toBeGreaterThan(200);
  await page.keyboard.press('Control+k');
  await expect(page.getByLabel('Link address')).toBeFocused();
  const popover = (await page.getByRole('dialog', { name: 'Edit link' }).boundingBox())!;
  expect(Math.abs(popover.x - words.left)).toBeLessThan(24);
  expect(popover.y).toBeGreaterThanOrEqual(words.bottom);
  expect(popover.y - words.bottom).toBeLessThan(40);
});

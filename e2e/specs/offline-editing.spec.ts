import { test, expect } from '../fixtures/test';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

test('text typed while offline survives closing the tab and is stored when the network returns', async ({ page, context }) => {
  const editor = new StoryEditorPage(page);
  const url = await editor.createNew('Offline story', 'Typed online.');

  await context.setOffline(true);
  await editor.body().click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Typed while the network was down.');
  await expect(editor.status()).toHaveText('Offline — changes kept on this device');

  // The tab goes away with the changes unsaved; the person comes back later.
  await page.close();
  await context.setOffline(false);
  const again = new StoryEditorPage(await context.newPage());
  await again.open(url);
  // The copy this device kept merges into the shared text, and is stored.
  await expect(again.body()).toHaveText('Typed online. Typed while the network was down.');
  await expect(again.status()).toHaveText('Saved');
  const preview = await context.newPage();
  await preview.goto(url.replace('/desk/stories/', '/preview/'));
  await expect(preview.getByRole('article')).toContainText('Typed online. Typed while the network was down.');
});

test('a save that failed offline is retried when the network returns', async ({ page, context }) => {
  const editor = new StoryEditorPage(page);
  await editor.createNew('Flaky network story', 'Start.');
  await context.setOffline(true);
  await editor.headline().fill('Flaky network story, updated offline');
  await expect(editor.status()).toHaveText('Offline — changes kept on this device');
  await context.setOffline(false);
  await expect(editor.status()).toHaveText('Saved', { timeout: 15_000 });
  await page.reload();
  await editor.ready();
  await expect(editor.headline()).toHaveValue('Flaky network story, updated offline');
});

test('leaving with unsaved changes asks first', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await editor.createNew('Unsaved story', 'Start.');
  await editor.headline().fill('Unsaved story with a change');
  let asked = false;
  page.on('dialog', async (dialog) => {
    asked = dialog.type() === 'beforeunload';
    await dialog.dismiss();
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe(true);
});

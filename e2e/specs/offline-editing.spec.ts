import { test, expect } from '../fixtures/test';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

test('text typed while offline survives a reload and is saved when the network returns', async ({ page, context }) => {
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
  await again.page.goto(url);
  await expect(again.body()).toHaveText('Typed online. Typed while the network was down.');
  await expect(again.page.getByText('Restored changes kept on this device.')).toBeVisible();
  await expect(again.status()).toHaveText('Saved');

  await again.page.reload();
  await expect(again.body()).toHaveText('Typed online. Typed while the network was down.');
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

test('a new story starts empty and offers, not restores, an earlier unsaved new story from this device', async ({ page, context }) => {
  const editor = new StoryEditorPage(page);
  await page.goto('/desk/stories/new');
  await expect(editor.body()).toBeVisible(); // the editor has loaded before the network goes
  await context.setOffline(true);
  await editor.headline().fill('Draft typed on the train');
  await editor.body().click();
  await page.keyboard.type('Written with no network.');
  await expect(editor.status()).toHaveText('Offline — changes kept on this device');
  await page.close();
  await context.setOffline(false);

  const next = new StoryEditorPage(await context.newPage());
  await next.page.goto('/desk/stories/new');
  const offer = next.page.getByRole('region', { name: 'Unsaved story on this device' });
  await expect(offer).toContainText('Restore the unsaved story from');
  await expect(offer).toContainText('“Draft typed on the train”');
  await expect(next.headline()).toHaveValue('');
  await expect(next.body()).toHaveText('');
  await offer.getByRole('button', { name: 'Restore' }).click();
  await expect(next.headline()).toHaveValue('Draft typed on the train');
  await expect(next.body()).toHaveText('Written with no network.');

  // Discarded, it is not offered again.
  await next.page.goto('/desk/stories/new');
  await next.page.getByRole('region', { name: 'Unsaved story on this device' }).getByRole('button', { name: 'Discard' }).click();
  await next.page.reload();
  await expect(next.headline()).toBeVisible();
  await expect(next.page.getByRole('region', { name: 'Unsaved story on this device' })).toHaveCount(0);
});

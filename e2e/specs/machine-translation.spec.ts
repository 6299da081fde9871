import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { StoryEditorPage } from '../pages/story-editor-page';
import { LibreTranslateDouble } from '../support/libretranslate-double';
import { SecondInstance } from '../support/second-instance';

test.use({ persona: 'editor' });

/** Translate into Russian from the story open on `page`; the new story's page opens, ready to type in. */
async function translateIntoRussian(page: Page, editor: StoryEditorPage) {
  const before = page.url();
  const translations = page.getByRole('region', { name: 'Translations' });
  await translations.getByLabel('Into').selectOption({ label: 'Russian' });
  await translations.getByRole('button', { name: 'Translate' }).click();
  await expect(page).not.toHaveURL(before);
  await expect(page).toHaveURL(/\/desk\/stories\/(?!new$)[a-z0-9]+$/);
  await editor.ready();
}

test('with a LibreTranslate server, Translate starts from its draft and the translation’s page says so; when it fails, the page says the translation started empty', async ({
  page,
}) => {
  test.setTimeout(120_000); // starts a second app instance, configured with the engine
  const libreTranslate = new LibreTranslateDouble();
  const second = new SecondInstance({ env: { NEWSROOM_LIBRETRANSLATE_URL: await libreTranslate.start() } });
  await second.start();
  try {
    const stamp = Date.now();
    const editor = new StoryEditorPage(page);
    const drafted = await editor.createNew(`Grain talks resume ${stamp}`, 'Delegations met in Istanbul on Monday.');
    await editor.open(`${second.origin}${new URL(drafted).pathname}`);
    await translateIntoRussian(page, editor);
    await expect(editor.headline()).toHaveValue(`[ru] Grain talks resume ${stamp}`);
    await expect(editor.body()).toHaveText('[ru] Delegations met in Istanbul on Monday.');
    const source = page.getByRole('region', { name: 'Source text' });
    await expect(source.getByRole('note')).toHaveText('Started from a machine draft by LibreTranslate: check every line against the source.');
    // Stored with the translation, not a passing message: it is there for whoever opens it later.
    await editor.reload();
    await expect(source.getByRole('note')).toHaveText('Started from a machine draft by LibreTranslate: check every line against the source.');

    libreTranslate.failing = true;
    const empty = await editor.createNew(`Wheat exports fall ${stamp}`, 'Shipments fell by a fifth.');
    await editor.open(`${second.origin}${new URL(empty).pathname}`);
    await translateIntoRussian(page, editor);
    await expect(editor.headline()).toHaveValue('');
    await expect(source.getByRole('note')).toHaveText('LibreTranslate gave no draft: this translation started empty.');
    await expect(source.getByRole('list', { name: 'Source paragraphs' })).toContainText('Shipments fell by a fifth.');
  } finally {
    await second.stop();
    await libreTranslate.stop();
  }
});

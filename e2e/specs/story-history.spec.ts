import { test, expect } from '../fixtures/test';
import { ReviewerSession } from '../pages/reviewer-session';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

test('the history panel compares two revisions word by word and restores an earlier one', async ({ page, browser }) => {
  const editor = new StoryEditorPage(page);
  const url = await editor.createNew('Talks end without agreement', 'The talks ended without an agreement on Tuesday.');

  // Another person's save starts a new revision.
  const reviewer = await ReviewerSession.open(browser, url);
  const theirs = new StoryEditorPage(reviewer.page);
  await theirs.ready();
  // A reviewer starts suggesting in someone else's story; this one edits the headline directly.
  await theirs.setSuggesting(false);
  await theirs.headline().fill('Talks end with a framework agreement');
  await theirs.save();
  await reviewer.close();

  await page.reload();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('list', { name: 'Revisions' }).getByRole('listitem')).toHaveCount(2);
  await history.getByLabel('From revision').selectOption({ index: 1 });
  await history.getByLabel('To revision').selectOption({ index: 0 });
  await history.getByRole('button', { name: 'Compare' }).click();
  const differences = history.getByRole('region', { name: 'Differences' });
  await expect(differences.locator('del')).toContainText(['without']);
  await expect(differences.locator('ins').first()).toContainText('with a framework');

  await history.getByRole('button', { name: 'Restore revision 1' }).click();
  await expect(editor.headline()).toHaveValue('Talks end without agreement');
  await expect(history.getByRole('list', { name: 'Revisions' }).getByRole('listitem').first()).toContainText('Restored');
});

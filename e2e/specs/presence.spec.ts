import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

test('"People on this story": each sees the other, what they are doing, and who has left', async ({ page, browser }) => {
  const editor = new StoryEditorPage(page);
  const url = await editor.createNew(`Flood barriers raised in St Petersburg ${Date.now()}`, 'The barrier closed at dawn.');
  // The story's own page (the new-story page keeps its editor when it gets an address, without presence).
  await page.goto(url);
  const reviewerContext = await browser.newContext({ storageState: storageStateFor('reviewer') });
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(url);

  const seenByReviewer = reviewer.getByRole('region', { name: 'People on this story' });
  const seenByEditor = page.getByRole('region', { name: 'People on this story' });
  await expect(seenByReviewer).toContainText('Elena Editor');
  await expect(seenByEditor).toContainText('Roman Reviewer');
  await expect(seenByEditor).not.toContainText('Elena Editor'); // not oneself

  // The reviewer sees the editor typing, then not.
  await editor.body().click();
  await page.keyboard.type(' Water levels peaked at noon.');
  await expect(seenByReviewer.getByRole('listitem').filter({ hasText: 'Elena Editor' })).toContainText('typing');
  await expect(seenByReviewer.getByRole('listitem').filter({ hasText: 'Elena Editor' })).not.toContainText('typing', { timeout: 10_000 });

  // Gone when the page closes.
  await page.close();
  await expect(seenByReviewer).not.toContainText('Elena Editor', { timeout: 15_000 });
  await expect(seenByReviewer).toContainText('Nobody else has this story open.');
  await reviewerContext.close();
});

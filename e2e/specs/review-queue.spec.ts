import { test, expect } from '../fixtures/test';
import { ReviewerSession } from '../pages/reviewer-session';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

test('a FLASH story leads the review queue; sending it back notifies the author and shows in its activity', async ({ page, browser }) => {
  const editor = new StoryEditorPage(page);
  const headline = `FLASH: earthquake reported in Kamchatka ${Date.now()}`;
  const url = await editor.createNew(headline, 'An earthquake was reported off Kamchatka.');
  await page.getByLabel('Priority').selectOption('FLASH');
  await editor.save();
  await editor.submitForReview();
  await expect(page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Review queue' })).toHaveCount(0); // editors do not review

  const reviewer = await ReviewerSession.open(browser, '/desk/review');
  const queue = reviewer.page.getByRole('list', { name: 'Stories waiting for review' }).getByRole('listitem');
  await expect(queue.first()).toContainText(headline);
  await expect(queue.first()).toContainText('Flash');
  await expect(queue.filter({ hasText: 'Foreign ministers to meet in Geneva next week' })).toHaveCount(1);
  await queue.first().getByRole('link', { name: headline }).click();
  await expect(reviewer.page).toHaveURL(url);
  await reviewer.page.getByRole('button', { name: 'Request changes' }).click();
  const dialog = reviewer.page.getByRole('dialog', { name: 'Request changes' });
  await dialog.getByLabel('Note').fill('Add the magnitude and the source.');
  await dialog.getByRole('button', { name: 'Request changes' }).click();
  await expect(reviewer.page.getByText('Story changes requested.')).toBeVisible();
  await reviewer.close();

  await page.goto('/desk');
  // Other specs may have left this editor unread notifications too: at least this one is new.
  await page.getByRole('link', { name: /^Notifications \(\d+\)$/ }).click();
  await expect(page.getByRole('list', { name: 'Notifications' })).toContainText(
    `“${headline}” was sent back by Roman Reviewer. Note: Add the magnitude and the source.`,
  );
  await page.goto(url);
  await expect(page.getByRole('list', { name: 'Activity' })).toContainText(
    'Roman Reviewer sent it back for changes (In review → Changes requested) — Add the magnitude and the source.',
  );
});

test('reviewing an update shows what changed since the published version', async ({ page }) => {
  await page.goto('/desk?status=DRAFT');
  await page.getByRole('link', { name: 'Moscow metro opens three new stations (pending update, not yet reviewed)' }).click();
  await page.getByText('Changes since the published version').click();
  await expect(page.locator('ins').filter({ hasText: 'pending' })).toBeVisible();
});

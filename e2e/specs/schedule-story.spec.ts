import { test, expect } from '../fixtures/test';
import { ReviewerSession } from '../pages/reviewer-session';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

/** A wall-clock time in the newsroom's zone (Europe/Moscow, UTC+3), for the datetime-local field. */
const moscowInput = (at: Date) => new Date(at.getTime() + 3 * 3_600_000).toISOString().slice(0, 19);

test('a reviewer schedules a story; the job runner publishes it at its time and readers find it', async ({ page, browser }) => {
  const editor = new StoryEditorPage(page);
  const headline = `Scheduled briefing on the harvest ${Date.now()}`;
  const url = await editor.createNew(headline, 'The agriculture ministry will brief reporters on the harvest.');
  await editor.submitForReview();
  const session = await ReviewerSession.open(browser, url);
  const reviewer = session.page;
  await session.approve();

  // A time in the past is refused in the dialog.
  await reviewer.getByRole('button', { name: 'Schedule' }).click();
  const dialog = reviewer.getByRole('dialog', { name: 'Schedule publication' });
  await dialog.getByLabel('Publish at').fill(moscowInput(new Date(Date.now() - 60_000)));
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a time in the future.');

  await dialog.getByLabel('Publish at').fill(moscowInput(new Date(Date.now() + 4_000)));
  await dialog.getByRole('button', { name: 'Schedule' }).click();
  await expect(reviewer.getByText('Story scheduled.')).toBeVisible();
  await expect(reviewer.getByText('Scheduled', { exact: true })).toBeVisible();

  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const readerPage = await reader.newPage();
  await expect(async () => {
    await readerPage.goto('/');
    await expect(readerPage.getByRole('link', { name: headline })).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await reviewer.reload();
  await expect(reviewer.getByText('Published', { exact: true })).toBeVisible();
  await reader.close();
  await session.close();
});

test('unscheduling returns a story to approved', async ({ page, browser }) => {
  const editor = new StoryEditorPage(page);
  const url = await editor.createNew(`Not yet ${Date.now()}`, 'To be published next week.');
  await editor.submitForReview();
  const session = await ReviewerSession.open(browser, url);
  const reviewer = session.page;
  await session.approve();
  await reviewer.getByRole('button', { name: 'Schedule' }).click();
  await reviewer.getByRole('dialog', { name: 'Schedule publication' }).getByRole('button', { name: 'Schedule' }).click();
  await expect(reviewer.getByText('Story scheduled.')).toBeVisible();
  await expect(reviewer.getByText(/publishes/)).toBeVisible();
  await session.move('Unschedule', 'Story approved.');
  await expect(reviewer.getByRole('button', { name: 'Publish', exact: true })).toBeVisible();
  await session.close();
});

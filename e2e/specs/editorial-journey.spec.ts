import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { selectPhrase } from '../pages/body-selection';
import { StoryEditorPage } from '../pages/story-editor-page';
import { FEEDS } from '../support/public-surfaces';

test.use({ persona: 'editor' });

test('a story’s whole journey: draft, review with an anchored comment, fix, diff, approve, publish, read, kill', async ({ page, browser, request }) => {
  test.slow();
  const editor = new StoryEditorPage(page);
  const headline = `Ministers to meet in Geneva to discuss the grain deal ${Date.now()}`;
  const url = await editor.createNew(headline, 'The ministers will meet on Wednesday in Geneva to discuss the grain deal.');
  await editor.submitForReview();

  // The reviewer comments on a phrase and sends the story back.
  const reviewerContext = await browser.newContext({ storageState: storageStateFor('reviewer') });
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(url);
  const reviewerBody = reviewer.getByRole('textbox', { name: 'Body' });
  await selectPhrase(reviewerBody, 'on Wednesday');
  await expect(reviewer.getByTestId('comment-quote')).toContainText('on Wednesday');
  await reviewer.getByLabel('Comment', { exact: true }).fill('Which Wednesday? Give the date.');
  await reviewer.getByRole('button', { name: 'Comment on selection' }).click();
  await expect(reviewer.getByRole('list', { name: 'Open comments' })).toContainText('Which Wednesday? Give the date.');
  await expect(reviewerBody.locator('mark.comment-highlight')).toHaveText('on Wednesday');
  await reviewer.getByRole('button', { name: 'Request changes' }).click();
  const sendBack = reviewer.getByRole('dialog', { name: 'Request changes' });
  await sendBack.getByLabel('Note').fill('See my comment on the date.');
  await sendBack.getByRole('button', { name: 'Request changes' }).click();
  await expect(reviewer.getByText('Story changes requested.')).toBeVisible();

  // The editor sees the reviewer's note on the story itself (not only in Notifications), and the comment on the phrase.
  await page.reload();
  const sentBack = page.getByRole('region', { name: 'Sent back for changes' });
  await expect(sentBack).toContainText(/Sent back for changes by Roman Reviewer, \d{4}-\d{2}-\d{2} \d{2}:\d{2} MSK/);
  await expect(sentBack).toContainText('See my comment on the date.');
  const thread = page.getByRole('article', { name: 'Comment by Roman Reviewer' });
  await expect(thread).toContainText('“on Wednesday”');
  await expect(thread).toContainText('Which Wednesday? Give the date.');
  await expect(editor.body().locator('mark.comment-highlight')).toHaveText('on Wednesday');
  await selectPhrase(editor.body(), 'Wednesday');
  await page.keyboard.type('July 7');
  await editor.save();
  await expect(editor.body().locator('mark.comment-highlight')).toHaveCount(0);
  await page.reload();
  await expect(thread).toContainText('(this text has since changed)');
  await thread.getByLabel('Reply to Roman Reviewer').fill('Fixed: July 7.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(thread.getByRole('list', { name: 'Replies' })).toContainText('Fixed: July 7.');
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(page.getByRole('list', { name: 'Open comments' })).not.toContainText('Which Wednesday?');
  await page.getByText('Resolved (1)').click();
  await expect(page.getByRole('list', { name: 'Resolved comments' })).toContainText('Which Wednesday?');
  await editor.submitForReview();
  await page.reload();
  await expect(sentBack).toHaveCount(0); // acted on: resubmitted

  // The reviewer sees what changed since sending it back, approves and publishes.
  await reviewer.reload();
  await expect(reviewer.getByText('Changes since it was sent back')).toBeVisible();
  await expect(reviewer.locator('del').filter({ hasText: 'Wednesday' })).toBeVisible();
  await expect(reviewer.locator('ins').filter({ hasText: 'July 7' })).toBeVisible();
  await reviewer.getByRole('button', { name: 'Approve' }).click();
  await expect(reviewer.getByText('Story approved.')).toBeVisible();
  await reviewer.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(reviewer.getByText('Story published.')).toBeVisible();

  // A signed-out reader finds it on the home page and opens it.
  const readerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const reader = await readerContext.newPage();
  await reader.goto('/');
  await reader.getByRole('link', { name: headline }).click();
  await expect(reader.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(reader.getByRole('article')).toContainText('will meet on July 7 in Geneva');
  const storyPath = new URL(reader.url()).pathname;

  // The reviewer kills it: 410 with the notice, gone from the home page and the feeds.
  await reviewer.getByRole('button', { name: 'Kill' }).click();
  const kill = reviewer.getByRole('dialog', { name: 'Kill' });
  await kill.getByLabel('Note').fill('The meeting was called off; this story is withdrawn.');
  await kill.getByRole('button', { name: 'Kill' }).click();
  await expect(reviewer.getByText('Story killed.')).toBeVisible();

  const response = await reader.goto(storyPath);
  expect(response?.status()).toBe(410);
  await expect(reader.getByText('The meeting was called off; this story is withdrawn.')).toBeVisible();
  await expect(reader.getByRole('heading', { level: 1, name: headline })).toHaveCount(0);
  await reader.goto('/');
  await expect(reader.getByRole('link', { name: headline })).toHaveCount(0);
  for (const feed of FEEDS.slice(0, 3)) {
    const body = await (await request.get(feed)).text();
    expect(body, feed).not.toContain(headline);
  }
  await readerContext.close();
  await reviewerContext.close();
});

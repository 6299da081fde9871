import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { selectPhrase } from '../pages/body-selection';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

test('a reviewer suggests, the editor sees it live and accepts or rejects each; open suggestions hold back publishing; readers get the accepted text', async ({
  page,
  browser,
}) => {
  test.slow(); // an editor and a reviewer on one story, live
  const stamp = Date.now();
  const editor = new StoryEditorPage(page);
  await editor.startNew();
  await editor.headline().fill(`Growth report ${stamp}`);
  await editor.body().click();
  await page.keyboard.type('Growth was 3.4% in July. Officials expect more next year.');
  await editor.save();
  // Editors edit directly by default.
  await expect(page.getByRole('switch', { name: 'Suggesting' })).toHaveAttribute('aria-checked', 'false');
  await editor.submitForReview();

  const reviewerContext = await browser.newContext({ storageState: storageStateFor('reviewer') });
  const reviewerPage = await reviewerContext.newPage();
  const reviewer = new StoryEditorPage(reviewerPage);
  await reviewer.open(page.url());
  // Reviewers suggest by default: their typing is proposed, not made.
  await expect(reviewerPage.getByRole('switch', { name: 'Suggesting' })).toHaveAttribute('aria-checked', 'true');
  await selectPhrase(reviewer.body(), '3.4%');
  await reviewerPage.keyboard.type('3.5%');
  await expect(reviewer.body().locator('del[data-suggestion]')).toHaveText('3.4%');
  await expect(reviewer.body().locator('ins[data-suggestion]')).toHaveText('3.5%');
  await selectPhrase(reviewer.body(), ' next year');
  await reviewerPage.keyboard.press('Backspace');
  await expect(reviewer.body().locator('del[data-suggestion]').filter({ hasText: 'next year' })).toHaveCount(1);
  await expect(reviewer.body()).toContainText('Officials expect more next year.');
  await reviewerPage.getByRole('button', { name: 'Suggest a new headline' }).click();
  await reviewerPage.getByLabel('Suggested headline').fill(`Growth beats forecast ${stamp}`);
  const reviewerList = reviewerPage.getByRole('region', { name: 'Suggestions', exact: true }).getByRole('list', { name: 'Open suggestions' });
  await expect(reviewerList.getByRole('listitem')).toHaveCount(3);
  // A reply on a suggestion, like a comment thread.
  const figure = reviewerList.getByRole('listitem').filter({ hasText: '3.5%' });
  await figure.getByRole('button', { name: 'Reply' }).click();
  await figure.getByLabel('Reply to this suggestion').fill('Statistics office revised it this morning.');
  await figure.getByRole('button', { name: 'Send reply' }).click();
  await expect(figure.getByText('Statistics office revised it this morning.')).toBeVisible();

  // The editor's page follows live, with whose suggestions they are.
  const list = page.getByRole('region', { name: 'Suggestions', exact: true }).getByRole('list', { name: 'Open suggestions' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(list.getByRole('listitem').first()).toContainText('Headline');
  await expect(list.getByRole('listitem').filter({ hasText: '3.5%' })).toContainText('Roman Reviewer');
  await expect(editor.body().locator('ins[data-suggestion]')).toHaveText('3.5%');

  // Publishing waits for every suggestion to be decided, and says how many and where.
  await reviewerPage.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(reviewerPage.getByText('Story approved.')).toBeVisible();
  await reviewerPage.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(reviewerPage.getByText(/This story has 3 open suggestions \(paragraph 1 and the headline\)/)).toBeVisible();

  // The editor decides them one by one.
  await list.getByRole('listitem').filter({ hasText: '3.5%' }).getByRole('button', { name: 'Accept' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(editor.body()).toContainText('Growth was 3.5% in July.');
  await expect(editor.body().locator('del[data-suggestion]').filter({ hasText: '3.4%' })).toHaveCount(0);
  // Its reply thread stays, with the comments, once the suggestion is decided.
  await expect(page.getByRole('list', { name: 'Open comments' })).toContainText('Statistics office revised it this morning.');
  await list.getByRole('listitem').filter({ hasText: 'next year' }).getByRole('button', { name: 'Reject' }).click();
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(editor.body().locator('del[data-suggestion]')).toHaveCount(0);
  await list.getByRole('listitem').filter({ hasText: 'Headline' }).getByRole('button', { name: 'Accept' }).click();
  await expect(page.getByRole('region', { name: 'Suggestions', exact: true }).getByText('No open suggestions.')).toBeVisible();
  await expect(editor.headline()).toHaveValue(`Growth beats forecast ${stamp}`);
  await expect(reviewerList).toHaveCount(0);

  // Decisions are in the story's activity with who made them (the page follows them; no reload).
  await expect(page.getByText(/accepted a suggestion/).first()).toBeVisible();
  await expect(page.getByText(/rejected a suggestion/).first()).toBeVisible();

  // The accepted text changed the approved text, so the story went back to review; the
  // reviewer's page follows that (no reload), approves again, and readers get the accepted text only.
  await reviewerPage.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(reviewerPage.getByText('Story approved.')).toBeVisible();
  await reviewerPage.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(reviewerPage.getByText('Story published.')).toBeVisible();
  await reviewerPage.getByRole('link', { name: 'View published version' }).click();
  await expect(reviewerPage.getByRole('heading', { level: 1 })).toHaveText(`Growth beats forecast ${stamp}`);
  const article = reviewerPage.locator('article');
  await expect(article).toContainText('Growth was 3.5% in July. Officials expect more next year.');
  await expect(article).not.toContainText('3.4%');
  await expect(article.locator('ins, del')).toHaveCount(0);
  await reviewerContext.close();
});

test('suggesting is switched with the shortcut, and a heading is proposed on its block, rejected and accepted', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await editor.startNew();
  await editor.headline().fill(`Shortcut ${Date.now()}`);
  await editor.body().click();
  await page.keyboard.type('First paragraph.');
  await editor.save();
  const toggle = page.getByRole('switch', { name: 'Suggesting' });
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  await editor.body().click();
  await page.keyboard.press('Control+Alt+Shift+X');
  await expect(toggle).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('End');
  await page.keyboard.type(' Added.');
  await expect(editor.body().locator('ins[data-suggestion]')).toHaveText(' Added.');
  // Two paragraphs pasted at once are proposed, breaks and all.
  await editor.body().locator('p').first().click();
  await page.keyboard.press('End');
  await editor.body().evaluate((el) => {
    const data = new DataTransfer();
    data.setData('text/html', '<p>Pasted one.</p><p>Pasted two.</p>');
    data.setData('text/plain', 'Pasted one.\n\nPasted two.');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  await expect(editor.body().locator('p')).toHaveCount(2);
  await expect(editor.body().locator('p').nth(1).locator('ins[data-suggestion]')).toContainText('Pasted two.');
  await expect(editor.body().locator('p').first().locator('ins[data-suggestion]').filter({ hasText: 'Pasted one.' })).toHaveCount(1);
  await expect(page.getByText(/cannot be made as a suggestion/)).toHaveCount(0);
  // A heading is a change to a whole paragraph: proposed on the block, listed with what it was, decided like the rest.
  await editor.body().locator('p').first().click();
  await editor.toolbarButton('Heading 2').click();
  await expect(page.getByText(/cannot be made as a suggestion/)).toHaveCount(0);
  await expect(editor.body().locator('h2[data-block-suggestion="modification"]')).toContainText('First paragraph.');
  const list = page.getByRole('region', { name: 'Suggestions', exact: true }).getByRole('list', { name: 'Open suggestions' });
  const heading = list.getByRole('listitem').filter({ hasText: 'Heading 2 (was paragraph)' });
  await heading.getByRole('button', { name: 'Reject' }).click();
  await expect(heading).toHaveCount(0);
  await expect(editor.body().locator('h2')).toHaveCount(0);
  await expect(editor.body().locator('p').first()).toContainText('First paragraph.');
  await editor.body().locator('p').first().click();
  await editor.toolbarButton('Heading 2').click();
  await heading.getByRole('button', { name: 'Accept' }).click();
  await expect(heading).toHaveCount(0);
  await expect(editor.body().locator('h2')).toContainText('First paragraph.');
  await expect(editor.body().locator('[data-block-suggestion]')).toHaveCount(0);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
});

import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { selectPhrase } from '../pages/body-selection';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

const paragraphs = Array.from({ length: 14 }, (_, i) => `<p>Background paragraph ${i + 1} about the central bank’s decision.</p>`);
const BODY = [
  '<p>Inflation slowed to <strong>3.4%</strong> in May, the central bank said.</p>',
  ...paragraphs.slice(0, 7),
  '<table><tr><th>Bank</th><th>Rate</th></tr><tr><td>Central</td><td>16</td></tr><tr><td>Regional</td><td>18</td></tr></table>',
  ...paragraphs.slice(7),
].join('');

test('a reviewer sees a rich diff: the paragraph and table as they read, a changed figure whole, unchanged paragraphs folded, the actions in view', async ({
  page,
  browser,
}) => {
  test.slow(); // an editor and a reviewer, two rounds of review
  const editor = new StoryEditorPage(page);
  await page.goto('/desk/stories/new');
  await editor.headline().fill(`Rates on deadline ${Date.now()}`);
  await editor.pasteHtml(BODY);
  await expect(editor.body().locator('table')).toBeVisible();
  await editor.save();
  await expect(page).toHaveURL(/\/desk\/stories\/[a-z0-9]+$/);
  await editor.submitForReview();

  const reviewerContext = await browser.newContext({ storageState: storageStateFor('reviewer'), viewport: { width: 1366, height: 768 } });
  const reviewer = await reviewerContext.newPage();
  await reviewer.goto(page.url());
  await reviewer.getByRole('button', { name: 'Request changes' }).click();
  const sendBack = reviewer.getByRole('dialog', { name: 'Request changes' });
  await sendBack.getByLabel('Note').fill('Check the May figure and the central rate.');
  await sendBack.getByRole('button', { name: 'Request changes' }).click();
  await expect(reviewer.getByText('Story changes requested.')).toBeVisible();

  // The editor corrects a figure in the first paragraph and one cell of the table.
  await editor.reload();
  await selectPhrase(editor.body(), '3.4%');
  await page.keyboard.type('3.5%');
  await expect(editor.body().locator('strong')).toHaveText('3.5%');
  await selectPhrase(editor.body(), '16');
  await page.keyboard.type('17');
  await expect(editor.body().locator('td').filter({ hasText: '17' })).toHaveCount(1);
  await editor.save();
  await editor.submitForReview();

  await reviewer.reload();
  const diff = reviewer.getByRole('region', { name: 'Changes since it was sent back' });
  await expect(diff).toBeVisible();
  // The figure changed whole, inside its paragraph, its bold kept; not the whole body as text.
  const lead = diff.locator('p.diff-changed').filter({ hasText: 'Inflation slowed to' });
  await expect(lead.locator('del strong')).toHaveText('3.4%');
  await expect(lead.locator('ins strong')).toHaveText('3.5%');
  await expect(lead).toContainText('in May, the central bank said.');
  // The table as a table: the one changed cell marked.
  const table = diff.locator('table');
  await expect(table.locator('th')).toHaveText(['Bank', 'Rate']);
  await expect(table.locator('td.diff-changed del')).toHaveText('16');
  await expect(table.locator('td.diff-changed ins')).toHaveText('17');
  await expect(diff).not.toContainText('|');
  // Unchanged paragraphs between and after the changes are folded, and open on demand.
  const folded = diff.locator('details.diff-unchanged');
  await expect(folded.first().locator('summary')).toHaveText(/^\d+ unchanged paragraphs$/);
  await expect(diff.getByText('Background paragraph 4 about')).toBeHidden();
  await folded.first().locator('summary').click();
  await expect(diff.getByText('Background paragraph 4 about')).toBeVisible();
  // Visible, not faint: removed text struck through on red, added underlined on green.
  await expect(lead.locator('del')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(lead.locator('ins')).toHaveCSS('text-decoration-line', 'underline');
  // The review actions stay in view.
  await reviewer.reload();
  await expect(reviewer.getByRole('button', { name: 'Approve' })).toBeInViewport();
  await reviewerContext.close();
});

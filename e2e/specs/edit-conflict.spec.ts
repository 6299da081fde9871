import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

test('two people edit the same story: the second save shows the conflict and loses neither text', async ({ page, browser }) => {
  const mine = new StoryEditorPage(page);
  const url = await mine.createNew('Shared story', 'Original first paragraph.');

  const reviewerContext = await browser.newContext({ storageState: storageStateFor('reviewer') });
  const theirs = new StoryEditorPage(await reviewerContext.newPage());
  await theirs.page.goto(url);
  await expect(theirs.headline()).toHaveValue('Shared story');

  // The reviewer saves first.
  await theirs.headline().fill('Shared story, reviewer’s headline');
  await theirs.page.getByLabel('Priority').selectOption({ label: 'Urgent' });
  await theirs.page.getByLabel('Dateline place').fill('Yerevan');
  await theirs.save();

  // The editor, still on the old version, changes the body and saves.
  await mine.body().click();
  await mine.page.keyboard.press('End');
  await mine.page.keyboard.type(' Editor’s addition.');
  await mine.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(mine.status()).toHaveText('Conflict');

  const panel = mine.page.getByRole('region', { name: /Conflict: Roman Reviewer saved this story/ });
  // Every field that differs, side by side: not only headline and body.
  const fields = panel.getByRole('table', { name: 'Fields that differ' });
  const row = (name: string) => fields.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Headline')).toContainText('Shared story, reviewer’s headline');
  await expect(row('Body')).toContainText('Original first paragraph. Editor’s addition.');
  await expect(row('Priority')).toContainText('Urgent');
  await expect(row('Priority')).toContainText('Routine');
  await expect(row('Dateline place')).toContainText('Yerevan');
  await expect(row('Section')).toHaveCount(0);
  await expect(mine.body()).toContainText('Editor’s addition.'); // still in the editor

  // Merge by hand: take their headline, priority and place into mine, then keep mine.
  await mine.headline().fill('Shared story, reviewer’s headline');
  await mine.page.getByLabel('Priority').selectOption({ label: 'Urgent' });
  await mine.page.getByLabel('Dateline place').fill('Yerevan');
  await panel.getByRole('button', { name: 'Keep my version' }).click();
  await expect(mine.status()).toHaveText('Saved');

  await theirs.page.reload();
  await expect(theirs.headline()).toHaveValue('Shared story, reviewer’s headline');
  await expect(theirs.body()).toContainText('Original first paragraph. Editor’s addition.');
  await reviewerContext.close();
});

test('choosing their version replaces mine in the editor', async ({ page, browser }) => {
  const mine = new StoryEditorPage(page);
  const url = await mine.createNew('Another shared story', 'First.');
  const other = await browser.newContext({ storageState: storageStateFor('reviewer') });
  const theirs = new StoryEditorPage(await other.newPage());
  await theirs.page.goto(url);
  await theirs.headline().fill('Their headline');
  await theirs.save();

  await mine.headline().fill('My headline');
  await mine.page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(mine.status()).toHaveText('Conflict');
  await mine.page.getByRole('button', { name: 'Use their version' }).click();
  await expect(mine.headline()).toHaveValue('Their headline');
  await expect(mine.status()).toHaveText('Saved');
  await mine.page.reload();
  await expect(mine.headline()).toHaveValue('Their headline');
  await other.close();
});

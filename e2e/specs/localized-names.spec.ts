import { test, expect } from '../fixtures/test';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

test('a tag and a topic are given Russian names; a Russian translation shows the tag and offers the topic by their Russian names, and the picker finds the tag by either name', async ({
  page,
}) => {
  const stamp = Date.now();
  const org = `Caspian Pipeline Consortium ${stamp}`;
  const russian = `Каспийский трубопроводный консорциум ${stamp}`;
  const editor = new StoryEditorPage(page);
  const drafted = await editor.createNew(`Pipeline talks ${stamp}`, 'The consortium met on Monday.');
  const picker = page.getByRole('combobox', { name: 'Tags' });
  const matches = page.getByRole('listbox', { name: 'Matching tags' });
  await picker.focus();
  await page.keyboard.type(org);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: `Create organisation “${org}”` }).click();
  await expect(page.getByRole('list', { name: 'Tags on this story' }).getByText(org)).toBeVisible();

  // The tag's page: its name in Russian, kept.
  await page.goto(`/desk/tags?q=${encodeURIComponent(org)}`);
  await page.getByRole('link', { name: org }).click();
  await page.getByLabel('Name in Russian').fill(russian);
  await page.getByRole('button', { name: 'Save tag' }).click();
  await expect(page.getByText('Tag saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Name in Russian')).toHaveValue(russian);

  // Translated into Russian, the story shows the tag by its Russian name.
  await editor.open(drafted);
  await page.getByRole('region', { name: 'Translations' }).getByLabel('Into').selectOption({ label: 'Russian' });
  await page.getByRole('region', { name: 'Translations' }).getByRole('button', { name: 'Translate' }).click();
  await expect(page).not.toHaveURL(drafted);
  await editor.ready();
  const translation = page.url();
  const chips = page.getByRole('list', { name: 'Tags on this story' });
  await expect(chips.getByRole('listitem')).toHaveCount(1);
  await expect(chips.getByRole('listitem')).toContainText(russian);
  await expect(chips.getByRole('button', { name: `Remove tag ${russian}` })).toBeVisible();
  // Found by its English name, it is offered by its Russian one, with the English name saying why.
  await chips.getByRole('button', { name: `Remove tag ${russian}` }).click();
  await picker.focus();
  await page.keyboard.type(org);
  const offered = matches.getByRole('option').filter({ hasText: russian });
  await expect(offered).toContainText(org);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(chips.getByRole('listitem')).toContainText(russian);

  // The picker finds it by its Russian name, and says that is why.
  await editor.createNew(`Трубопровод ${stamp}`, 'Консорциум собрался в понедельник.');
  await picker.focus();
  await page.keyboard.type('каспийский трубопроводный');
  const option = matches.getByRole('option').filter({ hasText: org });
  await expect(option).toBeVisible();
  await expect(option).toContainText(russian);

  // A topic's title in Russian, beside its title.
  await page.goto('/desk/topics');
  await page.getByLabel('Title').fill(`Pipelines ${stamp}`);
  await page.getByRole('button', { name: 'Create topic' }).click();
  await expect(page).toHaveURL(/\/desk\/topics\/[\w-]+$/);
  await page.getByLabel('Title in Russian').fill(`Трубопроводы ${stamp}`);
  await page.getByRole('button', { name: 'Save topic' }).click();
  await expect(page.getByText('Topic saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Title in Russian')).toHaveValue(`Трубопроводы ${stamp}`);
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(`Pipelines ${stamp}`);

  // The story editor offers the topic by its title in the story's language.
  await editor.open(translation);
  await expect(page.getByLabel('Topic').locator('option', { hasText: `Трубопроводы ${stamp}` })).toHaveCount(1);
  await expect(page.getByLabel('Topic').locator('option', { hasText: `Pipelines ${stamp}` })).toHaveCount(0);
  await editor.open(drafted);
  await expect(page.getByLabel('Topic').locator('option', { hasText: `Pipelines ${stamp}` })).toHaveCount(1);
  await expect(page.getByLabel('Topic').locator('option', { hasText: `Трубопроводы ${stamp}` })).toHaveCount(0);
});

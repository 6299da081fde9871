import { test, expect } from '../fixtures/test';
import { ReviewerSession } from '../pages/reviewer-session';
import { StoryEditorPage } from '../pages/story-editor-page';
import { readSeedStory } from '../../prisma/seed/demo-content';

test.use({ persona: 'editor' });

test('an editor tags a story with the keyboard, accepts two suggestions, and the published page lists the tags', async ({ page, browser }) => {
  const editor = new StoryEditorPage(page);
  const headline = `Pashinyan arrives in Moscow for talks ${Date.now()}`;
  const url = await editor.createNew(headline, 'Armenia’s Acting Prime Minister met Vladimir Putin in the Kremlin on Wednesday.');

  // The picker, from the keyboard only: type, arrow down, Enter.
  const picker = page.getByRole('combobox', { name: 'Tags' });
  const matches = page.getByRole('listbox', { name: 'Matching tags' });
  await picker.focus();
  await page.keyboard.type('karab');
  await expect(matches.getByRole('option').first()).toContainText('Nagorno-Karabakh');
  await expect(matches.getByRole('option', { name: /Nagorno-Karabakh\s*Place/ })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  const onStory = page.getByRole('list', { name: 'Tags on this story' });
  await expect(onStory.getByText('Nagorno-Karabakh')).toBeVisible();

  // An alias in Cyrillic finds the tag too.
  await page.keyboard.type('пашинян');
  await expect(matches.getByRole('option').first()).toContainText('Nikol Pashinyan');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(onStory.getByText('Nikol Pashinyan')).toBeVisible();

  // A new organisation, created inline with its own button (Enter never creates one).
  const org = `Eurasian Economic Forum ${Date.now()}`;
  await page.keyboard.type(org);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`No tag matches “${org}”.`)).toBeVisible();
  await page.getByRole('button', { name: `Create organisation “${org}”` }).click();
  await expect(onStory.getByText(org)).toBeVisible();

  // Backspace in the empty field removes the last tag; put it back.
  await picker.focus();
  await page.keyboard.press('Backspace');
  await expect(onStory.getByText(org)).toHaveCount(0);
  await page.keyboard.type(org);
  const again = matches.getByRole('option', { name: `${org} Organisation` });
  await expect(again).toHaveAttribute('aria-selected', 'false');
  await page.keyboard.press('ArrowDown');
  await expect(again).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(onStory.getByText(org)).toBeVisible();

  // Suggestions from the text: accept two.
  const suggestions = page.getByRole('list', { name: 'Suggested tags' });
  await expect(suggestions.getByText('Headline:').first()).toBeVisible();
  await page.getByRole('button', { name: 'Accept suggestion Vladimir Putin' }).click();
  await page.getByRole('button', { name: 'Accept suggestion Kremlin' }).click();
  await expect(onStory.getByText('Vladimir Putin')).toBeVisible();
  await expect(onStory.getByText('Kremlin')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Accept suggestion Vladimir Putin' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Dismiss suggestion Armenia' }).click();
  await expect(page.getByRole('button', { name: 'Accept suggestion Armenia' })).toHaveCount(0);
  await editor.save();
  await editor.submitForReview();

  // A reviewer approves and publishes.
  const reviewer = await ReviewerSession.open(browser, url);
  await reviewer.approveAndPublish();
  await reviewer.close();

  // A reader sees the tags on the story page, and the story on a tag page.
  const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const readerPage = await reader.newPage();
  await readerPage.goto('/');
  await readerPage.getByRole('link', { name: headline }).click();
  const tags = readerPage.getByRole('navigation', { name: 'Tags' });
  for (const name of ['Nagorno-Karabakh', 'Nikol Pashinyan', org, 'Vladimir Putin', 'Kremlin']) await expect(tags.getByRole('link', { name })).toBeVisible();
  await expect(tags.getByRole('link', { name: 'Armenia' })).toHaveCount(0);
  await tags.getByRole('link', { name: 'Kremlin' }).click();
  await expect(readerPage.getByRole('heading', { name: 'Kremlin', level: 1 })).toBeVisible();
  await expect(readerPage.getByRole('link', { name: headline })).toBeVisible();
  await reader.close();
});

test('after a failed Enter the next word replaces the typed one, the message names the Create buttons as they read, and a topic’s background suggestions stay folded', async ({
  page,
}) => {
  const editor = new StoryEditorPage(page);
  await editor.createNew(`Tag picker on deadline ${Date.now()}`, 'Putin met Pashinyan in the Kremlin.');
  const picker = page.getByRole('combobox', { name: 'Tags' });
  const word = `Kazakh${Date.now()}`;
  await picker.focus();
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page.getByText(`No tag matches “${word}”. To create it, use “Create person”, “Create organisation” or “Create place” below.`)).toBeVisible();
  const create = page.getByRole('group', { name: 'Create a new tag' });
  for (const label of ['Create person', 'Create organisation', 'Create place']) await expect(create.getByRole('button', { name: label })).toHaveText(label);
  await page.keyboard.type('Gazprom');
  await expect(picker).toHaveValue('Gazprom');
  await picker.fill('');

  // A topic's background box: its tags wait behind a folded group, not down the page. The
  // page is measured once the story's own suggestions are in (they come a moment after it opens).
  await expect(page.getByRole('region', { name: 'Suggested tags' })).toContainText('Kremlin');
  const before = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.getByLabel('Topic').selectOption({ label: readSeedStory().topicTitle }); // the demo's dossier, with its background box
  const folded = page.getByText(/^Only in the topic’s background box \(\d+\)$/);
  await expect(folded).toBeVisible();
  await expect(page.getByRole('list', { name: 'Only in the background box' })).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(before + 400);
  await folded.click();
  await expect(page.getByRole('list', { name: 'Only in the background box' }).getByRole('listitem').first()).toContainText('Background box:');
});

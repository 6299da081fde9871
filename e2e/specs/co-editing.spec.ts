import type { Browser, Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { storageStateFor, type Persona } from '../fixtures/users';
import { LoginPage } from '../pages/login-page';
import { StoryEditorPage } from '../pages/story-editor-page';
import { SecondInstance } from '../support/second-instance';

test.use({ persona: 'editor' });

/** A desk user in their own browser with the story open, once its shared text is there to type in. */
async function openAs(browser: Browser, persona: Persona, url: string) {
  const context = await browser.newContext({ storageState: storageStateFor(persona) });
  const page = await context.newPage();
  const editor = new StoryEditorPage(page);
  await editor.open(url);
  // Co-editing: everyone types straight into the text (a reviewer starts suggesting in someone else's story).
  await editor.setSuggesting(false);
  return { context, page, editor };
}

/** Puts the caret at the end of the body's first paragraph. */
async function caretAtEndOfFirstParagraph(page: Page) {
  await page.getByRole('textbox', { name: 'Body' }).locator('p').first().click();
  await page.keyboard.press('End');
}

/** A new story, written by its creator on the page "New story" opened: already shared with anyone who opens it. */
async function newStory(page: Page, headline: string, body: string) {
  return new StoryEditorPage(page).createNew(`${headline} ${Date.now()}`, body);
}

/** The body's text as its readers would see it (other people's caret labels left out). */
async function bodyText(page: Page) {
  return page.getByRole('textbox', { name: 'Body' }).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collab-caret').forEach((caret) => caret.remove());
    return copy.textContent ?? '';
  });
}

test('three people type in the same paragraph at once: every word is on every screen and in the saved story', async ({ page, browser }) => {
  const url = await newStory(page, 'Ceasefire talks', 'The talks resumed in Geneva.');
  const roman = await openAs(browser, 'reviewer', url);
  const anna = await openAs(browser, 'admin', url);
  const paragraph = (p: Page) => p.getByRole('textbox', { name: 'Body' }).locator('p').first();
  // Elena at the end of the paragraph, Roman at its start, Anna in the middle (after "The talks ").
  await caretAtEndOfFirstParagraph(page);
  await paragraph(roman.page).click();
  await roman.page.keyboard.press('Home');
  await paragraph(anna.page).click();
  await anna.page.keyboard.press('Home');
  for (let i = 0; i < 'The talks '.length; i++) await anna.page.keyboard.press('ArrowRight');
  const people = [
    { page, words: ' Elena was here.' },
    { page: roman.page, words: 'Roman adds this. ' },
    { page: anna.page, words: 'quietly ' },
  ];
  await Promise.all(people.map((person) => person.page.keyboard.type(person.words, { delay: 40 })));

  const expected = 'Roman adds this. The talks quietly resumed in Geneva. Elena was here.';
  for (const person of people) await expect.poll(() => bodyText(person.page)).toBe(expected);

  // Each sees the others' carets, named.
  await expect(page.locator('.collab-caret-label', { hasText: 'Roman Reviewer' })).toBeVisible();
  await expect(roman.page.locator('.collab-caret-label', { hasText: 'Elena Editor' })).toBeVisible();

  // "Saved" means the server has it: the saved copy (preview) holds every word.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(new StoryEditorPage(page).status()).toHaveText('Saved');
  const preview = await page.context().newPage();
  await preview.goto(url.replace('/desk/stories/', '/preview/'));
  await expect(preview.getByRole('article')).toContainText(expected);
  await preview.close();
  await roman.context.close();
  await anna.context.close();
});

test("the person who creates a story is on it from the first keystroke: a colleague sees them, both type in the headline at once with each other's caret, and Preview and live coverage are there", async ({
  page,
  browser,
}) => {
  const mine = new StoryEditorPage(page);
  const url = await mine.startNew();
  await mine.headline().pressSequentially('Snow closes');
  const roman = await openAs(browser, 'reviewer', url);
  await expect(roman.editor.headline()).toHaveValue('Snow closes');
  await expect(roman.page.getByRole('region', { name: 'People on this story' })).toContainText('Elena Editor');
  await expect(page.getByRole('region', { name: 'People on this story' })).toContainText('Roman Reviewer');

  // Both in the headline at once: Elena at its end, Roman at its start; neither moves the other's caret.
  await mine.headline().press('End');
  await roman.editor.headline().click();
  await roman.editor.headline().press('Home');
  await Promise.all([mine.headline().pressSequentially(' Sheremetyevo', { delay: 50 }), roman.editor.headline().pressSequentially('FLASH: ', { delay: 50 })]);
  const expected = 'FLASH: Snow closes Sheremetyevo';
  await expect(mine.headline()).toHaveValue(expected);
  await expect(roman.editor.headline()).toHaveValue(expected);
  await expect(page.getByTestId('headline-caret')).toContainText('Roman Reviewer');
  await expect(roman.page.getByTestId('headline-caret')).toContainText('Elena Editor');

  // Everything the story page has is there for a story just created.
  await expect(page.getByRole('link', { name: 'Preview', exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Live coverage' }).check();
  await expect(page.getByRole('region', { name: 'Live coverage' })).toBeVisible();
  await expect(roman.page.getByRole('checkbox', { name: 'Live coverage' })).toBeChecked();
  await expect(mine.status()).toHaveText('Saved');
  await roman.context.close();
});

test('the other fields are shared: a headline typed in one browser appears in the other, with who is in which field', async ({ page, browser }) => {
  const url = await newStory(page, 'Harbour strike', 'Dockers walked out.');
  const roman = await openAs(browser, 'reviewer', url);
  const mine = new StoryEditorPage(page);

  await roman.editor.headline().click();
  await expect(page.getByTestId('headline-presence')).toHaveText('Roman Reviewer is in this field');
  await roman.editor.headline().fill('Harbour strike ends after talks');
  await expect(mine.headline()).toHaveValue('Harbour strike ends after talks');
  await page.getByLabel('Dateline place').fill('ODESA');
  await expect(roman.page.getByLabel('Dateline place')).toHaveValue('ODESA');
  await roman.page.getByLabel('Priority').selectOption({ label: 'Urgent' });
  await expect(page.getByLabel('Priority')).toHaveValue('URGENT');

  await expect(mine.status()).toHaveText('Saved');
  await page.reload();
  await mine.ready();
  await expect(mine.headline()).toHaveValue('Harbour strike ends after talks');
  await expect(page.getByLabel('Dateline place')).toHaveValue('ODESA');
  await roman.context.close();
});

test('"People on this story": names, what each is doing, and who has left; a reviewer sees an editor still typing', async ({ page, browser }) => {
  const url = await newStory(page, 'Flood barriers raised', 'The barrier closed at dawn.');
  const roman = await openAs(browser, 'reviewer', url);

  const seenByReviewer = roman.page.getByRole('region', { name: 'People on this story' });
  const seenByEditor = page.getByRole('region', { name: 'People on this story' });
  await expect(seenByReviewer).toContainText('Elena Editor');
  await expect(seenByEditor).toContainText('Roman Reviewer');
  await expect(seenByEditor).not.toContainText('Elena Editor'); // not oneself

  await caretAtEndOfFirstParagraph(page);
  await page.keyboard.type(' Water levels peaked at noon.');
  const elena = seenByReviewer.getByRole('listitem').filter({ hasText: 'Elena Editor' });
  await expect(elena).toContainText('typing');
  await expect(elena).not.toContainText('typing', { timeout: 10_000 });

  // The desk list says who is on the story too.
  await roman.page.goto('/desk');
  await expect(roman.page.getByRole('row').filter({ hasText: 'Flood barriers raised' }).getByTestId('on-story')).toContainText('Elena Editor');

  await page.close();
  await roman.page.goto(url);
  const again = roman.page.getByRole('region', { name: 'People on this story' });
  await expect(again).toContainText('Nobody else has this story open.');
  await roman.context.close();
});

test('both offline: each goes on typing, and when the network returns both texts are merged on both screens', async ({ page, browser }) => {
  const url = await newStory(page, 'Power cut', 'Lights went out across the city.');
  const roman = await openAs(browser, 'reviewer', url);
  const mine = new StoryEditorPage(page);

  await page.context().setOffline(true);
  await roman.context.setOffline(true);
  await caretAtEndOfFirstParagraph(page);
  await page.keyboard.type(' Elena offline.');
  await caretAtEndOfFirstParagraph(roman.page);
  await roman.page.keyboard.type(' Roman offline.');
  await expect(mine.status()).toHaveText('Offline — changes kept on this device');
  await expect(roman.editor.status()).toHaveText('Offline — changes kept on this device');

  await page.context().setOffline(false);
  await roman.context.setOffline(false);
  for (const editor of [mine, roman.editor]) {
    await expect(editor.body()).toContainText('Elena offline.', { timeout: 15_000 });
    await expect(editor.body()).toContainText('Roman offline.', { timeout: 15_000 });
    await expect(editor.status()).toHaveText('Saved', { timeout: 15_000 });
  }
  await roman.context.close();
});

test('a killed story stops taking edits at once, on every open screen', async ({ page, browser }) => {
  const mine = new StoryEditorPage(page);
  const headline = `Port blast ${Date.now()}`;
  await mine.createNew(headline, 'A blast was heard near the port.');
  await mine.page.getByLabel('Priority').selectOption({ label: 'Flash' });
  await mine.save();
  const url = page.url();
  const roman = await openAs(browser, 'reviewer', url);
  await roman.page.getByRole('button', { name: 'Publish now' }).click();
  await expect(roman.page.getByText('Story published.')).toBeVisible();
  // Publishing moved the story on; the editor keeps typing an update meanwhile.
  await roman.page.getByRole('button', { name: 'Kill' }).click();
  const kill = roman.page.getByRole('dialog', { name: 'Kill' });
  await kill.getByLabel('Note').fill('Wrong port: withdrawn.');
  await kill.getByRole('button', { name: 'Kill' }).click();
  await expect(roman.page.getByText('Story killed.')).toBeVisible();

  await expect(page.getByRole('region', { name: 'Read-only story' })).toContainText(/killed/, { timeout: 10_000 });
  await expect(mine.body()).toHaveAttribute('contenteditable', 'false');
  await expect(mine.headline()).toBeDisabled();
  await roman.context.close();
});

test('a deactivated editor is disconnected from the story at once', async ({ page, browser }) => {
  const email = `co-editor-${Date.now()}@newsroom.test`;
  // An admin makes an editor for this test (the demo editor is needed by other specs).
  const admin = await browser.newContext({ storageState: storageStateFor('admin') });
  const users = await admin.newPage();
  await users.goto('/desk/users');
  const form = users.getByRole('form', { name: 'Create user' });
  await form.getByLabel('Name').fill('Dmitri Deactivated');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Role').selectOption('EDITOR');
  await form.getByLabel('Password').fill('a-good-long-password');
  await form.getByRole('button', { name: 'Create user' }).click();
  await expect(users.getByText(email)).toBeVisible();

  const url = await newStory(page, 'Election night', 'Polls closed at eight.');
  const dmitriContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const dmitri = await dmitriContext.newPage();
  await new LoginPage(dmitri).goto();
  await new LoginPage(dmitri).signIn(email, 'a-good-long-password');
  await expect(dmitri.getByRole('banner').getByText('Dmitri Deactivated')).toBeVisible();
  await dmitri.goto(url);
  const body = new StoryEditorPage(dmitri).body();
  await expect(body).toHaveAttribute('contenteditable', 'true');
  await expect(page.getByRole('region', { name: 'People on this story' })).toContainText('Dmitri Deactivated');

  const row = users.getByRole('form', { name: 'Settings for Dmitri Deactivated' });
  await row.getByRole('checkbox', { name: 'Dmitri Deactivated is active' }).uncheck();
  await row.getByRole('button', { name: 'Save Dmitri Deactivated' }).click();
  await expect(row.getByRole('status')).toHaveText('User saved.');

  await expect(dmitri.getByRole('region', { name: 'Read-only story' })).toContainText('You were signed out', { timeout: 10_000 });
  await expect(body).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('region', { name: 'People on this story' })).not.toContainText('Dmitri Deactivated', { timeout: 15_000 });
  await dmitriContext.close();
  await admin.close();
});

test('two instances: editors on different app instances see each other, and a crash of one mid-typing loses nothing', async ({ page, browser }) => {
  test.setTimeout(120_000); // starts a second app instance twice
  const second = new SecondInstance();
  await second.start();
  try {
    const url = await newStory(page, 'Grain corridor', 'Ships left Odesa at dawn.');
    const context = await browser.newContext({ storageState: storageStateFor('reviewer') });
    const roman = await context.newPage();
    await roman.goto(`${second.origin}${new URL(url).pathname}`);
    const romans = new StoryEditorPage(roman);
    await expect(romans.body()).toHaveAttribute('contenteditable', 'true');
    await romans.setSuggesting(false);

    // Across instances, both ways.
    await caretAtEndOfFirstParagraph(page);
    await page.keyboard.type(' Elena on the first.');
    await expect.poll(() => bodyText(roman)).toBe('Ships left Odesa at dawn. Elena on the first.');
    await caretAtEndOfFirstParagraph(roman);
    await roman.keyboard.type(' Roman on the second.');
    await expect.poll(() => bodyText(page)).toBe('Ships left Odesa at dawn. Elena on the first. Roman on the second.');

    // Roman's instance dies while he types; he goes on typing, it comes back, nothing is lost.
    const typing = roman.keyboard.type(' He kept typing through the crash.', { delay: 60 });
    await new Promise((resolve) => setTimeout(resolve, 600));
    await second.stop('SIGKILL');
    await typing;
    await second.start();
    const expected = 'Ships left Odesa at dawn. Elena on the first. Roman on the second. He kept typing through the crash.';
    await expect.poll(() => bodyText(page), { timeout: 20_000 }).toBe(expected);
    await expect.poll(() => bodyText(roman), { timeout: 20_000 }).toBe(expected);
    await expect(romans.status()).toHaveText('Saved', { timeout: 15_000 });
    const preview = await page.context().newPage();
    await preview.goto(url.replace('/desk/stories/', '/preview/'));
    await expect(preview.getByRole('article')).toContainText(expected);
    await preview.close();
    await context.close();
  } finally {
    await second.stop();
  }
});

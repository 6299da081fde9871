import type { Browser, Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { StoryEditorPage } from '../pages/story-editor-page';

const stamp = () => String(Date.now()).slice(-8);

/** A reviewer starts live coverage: an URGENT story with "Live coverage" ticked, published in one move. */
async function startLiveStory(page: Page, headline: string, language = 'en') {
  await new StoryEditorPage(page).startNew();
  if (language !== 'en') await page.getByLabel('Language', { exact: true }).selectOption(language);
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await page.getByLabel('Dateline place').fill('Istanbul');
  await page.getByLabel('Priority').selectOption('URGENT');
  await page.getByRole('checkbox', { name: 'Live coverage' }).check();
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('A strong earthquake struck western Turkey on Monday. Follow the latest below.');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Story published.')).toBeVisible();
  // The page follows the story: the published version's link and the live desk, without a reload.
  await expect(page.getByRole('button', { name: 'Add entry' })).toBeVisible();
  return (await page.getByRole('link', { name: 'View published version' }).getAttribute('href'))!;
}

/** A reviewer publishes a FLASH at once, in the story's language. */
async function publishFlash(page: Page, headline: string, place: string, language = 'en') {
  await new StoryEditorPage(page).startNew();
  if (language !== 'en') await page.getByLabel('Language', { exact: true }).selectOption(language);
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await page.getByLabel('Dateline place').fill(place);
  await page.getByLabel('Priority').selectOption('FLASH');
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Story published.')).toBeVisible();
}

async function postEntry(page: Page, text: string, options: { keyEvent?: boolean } = {}) {
  await page.getByRole('button', { name: 'Add entry' }).click();
  await page.getByRole('textbox', { name: 'Entry' }).click();
  await page.keyboard.type(text);
  if (options.keyEvent) await page.getByRole('checkbox', { name: 'Key event' }).check();
  await page.getByRole('button', { name: 'Publish entry' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Entry published.' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
}

async function openReader(browser: Browser, path: string, viewport = { width: 1000, height: 800 }) {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport });
  const page = await context.newPage();
  await page.goto(path);
  return page;
}

test.describe('as a reviewer', () => {
  test.use({ persona: 'reviewer' });

  test('live coverage: entries reach an open reader page without a reload; a reader who scrolled gets "N new updates"; corrections, deletions, an editor’s entry through review, and the end', async ({
    page,
    browser,
  }) => {
    test.slow();
    const headline = `Earthquake in western Turkey: live ${stamp()}`;
    const path = await startLiveStory(page, headline);
    const reader = await openReader(browser, path);
    const live = reader.getByRole('region', { name: 'Live updates' });
    await expect(live).toContainText('No updates yet.');
    await expect(live).toContainText('Live');

    // Published on the desk, shown to the reader who has the page open.
    await postEntry(page, 'Rescuers have reached the town of Simav, the governor said.', { keyEvent: true });
    await expect(live.locator('.live-entry').filter({ hasText: 'Rescuers have reached the town of Simav' })).toBeVisible();
    await expect(reader.getByRole('navigation', { name: 'Key events' })).toContainText('Rescuers have reached the town of Simav');
    await postEntry(page, 'Two aftershocks were felt in Istanbul.');
    await expect(live.locator('.live-entry').first()).toContainText('Two aftershocks were felt in Istanbul.'); // newest first
    // On the desk every entry's time is newsroom time in the desk's one format, never the browser's clock.
    await expect(page.getByRole('list', { name: 'Live entries' }).locator('time')).toHaveCount(2);
    for (const time of await page.getByRole('list', { name: 'Live entries' }).locator('time').allTextContents())
      expect(time).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} MSK$/);

    // A reader who has scrolled down is not moved: the entry waits behind a button.
    const scroller = await openReader(browser, path, { width: 420, height: 160 });
    const scrolledLive = scroller.getByRole('region', { name: 'Live updates' });
    await expect(scrolledLive.locator('.live-entry')).toHaveCount(2);
    await scroller.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await scroller.evaluate(() => document.querySelector('[data-live-entries]')!.getBoundingClientRect().top)).toBeLessThan(0);
    await postEntry(page, 'The death toll rose to 12, officials said.');
    const more = scroller.getByRole('button', { name: '1 new update' });
    await expect(more).toBeVisible();
    await expect(scrolledLive.getByText('The death toll rose to 12')).toHaveCount(0);
    await more.click();
    await expect(scrolledLive.locator('.live-entry').first()).toContainText('The death toll rose to 12, officials said.');
    await expect(more).toBeHidden();
    await expect(live.locator('.live-entry').first()).toContainText('The death toll rose to 12'); // the reader at the top got it in place

    // Corrected and deleted with a note; readers see both without a reload.
    const deskEntry = page.getByRole('list', { name: 'Live entries' }).getByRole('listitem').filter({ hasText: 'The death toll rose to 12' });
    await deskEntry.getByRole('button', { name: 'Correct entry' }).click();
    await deskEntry.getByRole('textbox', { name: 'Entry', exact: true }).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Earlier figures said 10.');
    await page.getByRole('button', { name: 'Publish correction' }).click();
    await expect(page.getByText('Say why the entry is corrected.')).toBeVisible();
    await page.getByLabel('Entry correction note').fill('The toll was updated by the governor’s office.');
    await page.getByRole('button', { name: 'Publish correction' }).click();
    await expect(live.locator('.live-entry').first()).toContainText('Correction: The toll was updated by the governor’s office.');
    await expect(live.locator('.live-entry').first()).toContainText('Earlier figures said 10.');
    const aftershocks = page.getByRole('list', { name: 'Live entries' }).getByRole('listitem').filter({ hasText: 'Two aftershocks' });
    await aftershocks.getByRole('button', { name: 'Delete…' }).click();
    await page.getByLabel('Reason for deleting').fill('Not confirmed.');
    await page.getByRole('button', { name: 'Delete entry' }).click();
    await expect(live.getByText('Two aftershocks were felt in Istanbul.')).toHaveCount(0);

    // An editor's entry waits for a reviewer.
    const editorContext = await browser.newContext({ storageState: storageStateFor('editor') });
    const editor = await editorContext.newPage();
    await editor.goto(page.url());
    await editor.getByRole('button', { name: 'Add entry' }).click();
    await editor.getByRole('textbox', { name: 'Entry' }).click();
    await editor.keyboard.type('Schools in the province will stay closed on Tuesday.');
    await expect(editor.getByRole('button', { name: 'Publish entry' })).toHaveCount(0);
    await editor.getByRole('button', { name: 'Submit entry for review' }).click();
    await expect(editor.getByRole('status').filter({ hasText: 'Entry sent for review.' })).toBeVisible();
    await expect(editor.getByRole('button', { name: 'End live coverage' })).toHaveCount(0);
    await editorContext.close();
    await expect(live.getByText('Schools in the province')).toHaveCount(0);
    await page.reload();
    const waiting = page.getByRole('list', { name: 'Entries waiting for review' });
    await waiting.getByRole('listitem').filter({ hasText: 'Schools in the province' }).getByRole('button', { name: 'Approve entry' }).click();
    await expect(live.locator('.live-entry').first()).toContainText('Schools in the province will stay closed on Tuesday.');

    // Ended: the open page says so; a fresh load too, with the entries in JSON-LD.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End live coverage' }).click();
    await expect(live.getByText('Live coverage has ended')).toBeVisible();
    await reader.reload();
    await expect(live.getByText('Live coverage has ended')).toBeVisible();
    await expect(live.locator('.live-entry')).toHaveCount(3);
    const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
    expect(jsonLd['@type']).toBe('LiveBlogPosting');
    expect(jsonLd.coverageEndTime).toEqual(expect.any(String));
    expect(jsonLd.liveBlogUpdate).toHaveLength(3);
    expect(jsonLd.liveBlogUpdate[0].articleBody).toContain('Schools in the province');
    await reader.context().close();
    await scroller.context().close();
  });

  test('a Russian live story reads in Russian on the Russian site: its labels, the entries arriving live, "N new updates" in Russian plurals, the end', async ({
    page,
    browser,
  }) => {
    test.slow();
    const path = await startLiveStory(page, `Землетрясение в Турции: онлайн ${stamp()}`, 'ru');
    expect(path).toMatch(/^\/ru\/news\//);
    const reader = await openReader(browser, path, { width: 420, height: 160 });
    const live = reader.getByRole('region', { name: 'Онлайн-трансляция' });
    await expect(live).toContainText('Обновлений пока нет.');
    await expect(live.locator('[data-live-status]')).toHaveText('В эфире');

    await postEntry(page, 'Спасатели добрались до города Симав.', { keyEvent: true });
    const first = live.locator('.live-entry').first();
    await expect(first).toContainText('Спасатели добрались до города Симав.');
    await expect(first).toContainText('Главное');
    await expect(first.getByRole('article')).toHaveAttribute('aria-label', /^Обновление в \d{2}:\d{2}/);
    await expect(reader.getByRole('navigation', { name: 'Главное' })).toContainText('Спасатели добрались');

    // Scrolled down, entries wait behind a button counted in Russian: 1 новое обновление, 2 новых обновления.
    await reader.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    expect(await reader.evaluate(() => document.querySelector('[data-live-entries]')!.getBoundingClientRect().top)).toBeLessThan(0);
    await postEntry(page, 'В Стамбуле ощущались два афтершока.');
    await expect(reader.getByRole('button', { name: '1 новое обновление' })).toBeVisible();
    await postEntry(page, 'Число погибших выросло до 12.');
    await reader.getByRole('button', { name: '2 новых обновления' }).click();
    await expect(live.locator('.live-entry').first()).toContainText('Число погибших выросло до 12.');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'End live coverage' }).click();
    await expect(live.locator('[data-live-status]')).toHaveText('Трансляция завершена');
    await reader.context().close();
  });

  test('a FLASH shows the "Breaking news" banner on open public pages without a reload; a reader can dismiss it', async ({ page, browser }) => {
    // A page that does not list the FLASH (the home page and the story itself show it already).
    const reader = await openReader(browser, '/search');
    const headline = `Plane lands safely after engine fire ${stamp()}`;
    await publishFlash(page, headline, 'Vnukovo');

    const banner = reader.getByRole('alert').filter({ hasText: headline });
    await expect(banner).toBeVisible();
    await expect(banner).toHaveText(new RegExp(`^Breaking news: ${headline}`));
    await reader.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
    await expect(reader.getByRole('alert').filter({ hasText: headline })).toBeHidden();
    await reader.reload();
    await expect(reader.getByRole('searchbox').first()).toBeVisible();
    await reader.waitForTimeout(1_000); // the stream has told this page by now
    await expect(reader.getByRole('alert').filter({ hasText: headline })).toBeHidden(); // dismissed stays dismissed

    // Another reader follows the banner to the story, where it is not repeated.
    const other = await openReader(browser, '/search');
    await other.getByRole('alert').filter({ hasText: headline }).getByRole('link', { name: headline }).click();
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(headline);
    await other.waitForTimeout(1_000);
    await expect(other.getByRole('alert').filter({ hasText: headline })).toBeHidden();
    await other.context().close();

    // Each site has its own breaking news, in its own words: a Russian FLASH on the Russian site only.
    const russian = await openReader(browser, '/ru/search');
    const english = await openReader(browser, '/search');
    const russianHeadline = `Самолёт благополучно приземлился ${stamp()}`;
    await publishFlash(page, russianHeadline, 'Внуково', 'ru');
    const russianBanner = russian.getByRole('alert').filter({ hasText: russianHeadline });
    await expect(russianBanner).toHaveText(new RegExp(`^Срочно: ${russianHeadline}`));
    await expect(russianBanner.getByRole('link', { name: russianHeadline })).toHaveAttribute('href', /^\/ru\/news\//);
    await expect(russianBanner.getByRole('button', { name: 'Закрыть' })).toBeVisible();
    await english.waitForTimeout(1_000); // the stream has told the English page by now, had it been told
    await expect(english.getByRole('alert').filter({ hasText: russianHeadline })).toHaveCount(0);
    await russian.context().close();
    await english.context().close();
    await reader.context().close();
  });
});

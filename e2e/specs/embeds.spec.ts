import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const YOUTUBE_PLAYER = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ';
const MAP = 'https://www.openstreetmap.org/#map=12/55.7558/37.6173';
const OTHER = 'https://example.org/report';

/** A paste of plain text where the caret is, as a browser sends one (no click first: the caret stays put). */
async function pasteText(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Body' }).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/plain', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, text);
}

async function pasteHtmlHere(page: Page, html: string) {
  await page.getByRole('textbox', { name: 'Body' }).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData('text/html', data);
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
}

async function openAs(browser: Browser, url: string) {
  const context = await browser.newContext({ storageState: storageStateFor('reviewer') });
  const page = await context.newPage();
  const editor = new StoryEditorPage(page);
  await editor.open(url);
  return { context, page, editor };
}

test('pasted addresses become embeds the other editor sees live; readers get click-to-load placeholders and no third party before the click', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000); // three browsers: two editors and a reader
  const mine = new StoryEditorPage(page);
  const headline = `Talks in Moscow ${Date.now()}`;
  const url = await mine.startNew();
  await mine.headline().fill(headline);
  await page.getByLabel('Dateline place').fill('Moscow');
  await page.getByLabel('Priority').selectOption('URGENT');
  await mine.body().click();
  await page.keyboard.type('Talks began in Moscow on Monday.');
  await page.keyboard.press('Enter');
  const roman = await openAs(browser, url);

  // Each address on a line of its own: two allowlisted ones become embeds, the third stays a link.
  await pasteText(page, YOUTUBE);
  await pasteText(page, `  ${MAP}\n`);
  await pasteText(page, OTHER);
  const cards = mine.body().locator('figure.embed-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toContainText(`YouTube: ${YOUTUBE}`);
  await expect(cards.nth(1)).toContainText(`OpenStreetMap: ${MAP}`);
  await expect(mine.body().getByRole('link', { name: OTHER })).toHaveAttribute('href', OTHER);
  // Embed code pasted as HTML: the frame and the script go, nothing else is made of them.
  await pasteHtmlHere(
    page,
    `<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe><script>document.title='pwned'</script><p>Embed code pasted.</p>`,
  );
  await expect(mine.body()).toContainText('Embed code pasted.');
  await expect(mine.body().locator('iframe, script')).toHaveCount(0);
  expect(await page.title()).not.toBe('pwned');
  await expect(cards).toHaveCount(2);
  // An embed as the editor puts it on the clipboard (copied from another story) is pasted as the embed, its caption kept.
  await pasteHtmlHere(
    page,
    '<figure class="embed-card" data-embed-url="https://vimeo.com/76979871"><p>Vimeo: https://vimeo.com/76979871</p><figcaption>A copied embed</figcaption></figure>',
  );
  await expect(cards).toHaveCount(3);
  await expect(cards.nth(2)).toContainText('Vimeo: https://vimeo.com/76979871');
  await expect(page.getByRole('textbox', { name: 'Embed caption' }).nth(2)).toHaveValue('A copied embed');
  await page.getByRole('textbox', { name: 'Embed caption' }).first().pressSequentially('The talks, live');
  await expect(page.getByRole('textbox', { name: 'Embed caption' }).first()).toHaveValue('The talks, live');

  // Roman, with the story open, sees both embeds and the caption arrive without a reload.
  const romanCards = roman.editor.body().locator('figure.embed-card');
  await expect(romanCards).toHaveCount(3);
  await expect(romanCards.nth(0)).toContainText(`YouTube: ${YOUTUBE}`);
  await expect(roman.page.getByRole('textbox', { name: 'Embed caption' }).first()).toHaveValue('The talks, live');

  await mine.save();
  await roman.page.getByRole('button', { name: 'Publish now' }).click();
  await expect(roman.page.getByText('Story published.')).toBeVisible();
  const published = (await roman.page.getByRole('link', { name: 'View published version' }).getAttribute('href'))!;
  await roman.context.close();

  // A reader: every request to anyone but the newsroom is recorded and stopped.
  const readerContext = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const outside: string[] = [];
  const own = new URL(baseURL!).origin;
  await readerContext.route('**/*', (route) => {
    const address = route.request().url();
    if (new URL(address).origin === own) return route.continue();
    outside.push(address);
    return route.abort();
  });
  const reader = await readerContext.newPage();
  await reader.goto(published);
  await expect(reader.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  // The embeds add no script: the page keeps only its own (JSON-LD data and the breaking-news island), none with a source, none in the story.
  const scripts = await reader
    .locator('script')
    .evaluateAll((list) =>
      list.map((s) => ({ src: s.getAttribute('src'), type: s.getAttribute('type'), inStory: !!s.closest('article, figure'), text: s.textContent ?? '' })),
    );
  expect(scripts.filter((s) => s.src || (s.inStory && s.type !== 'application/ld+json'))).toEqual([]);
  expect(scripts.map((s) => s.text).join('\n')).not.toMatch(/youtube|openstreetmap|iframe/i);
  const video = reader.locator('figure.embed').filter({ hasText: 'The talks, live' });
  await expect(video.getByRole('link', { name: 'Open on YouTube' })).toHaveAttribute('href', YOUTUBE);
  await expect(reader.getByRole('link', { name: 'Load OpenStreetMap content' })).toBeVisible();
  await expect(reader.getByRole('link', { name: 'Load Vimeo content' })).toBeVisible();
  await expect(reader.locator('iframe')).toHaveCount(3);
  for (const frame of await reader.locator('iframe').all()) await expect(frame).toHaveAttribute('src', 'about:blank');
  await expect(reader.getByRole('link', { name: OTHER })).toHaveAttribute('href', OTHER);
  await reader.waitForLoadState('load');
  expect(outside).toEqual([]);
  // The placeholders keep the page accessible (each frame has a title, each link a name).
  expect((await new AxeBuilder({ page: reader }).analyze()).violations).toEqual([]);

  // The click loads the privacy-enhanced player into that frame only, and the page stays where it is.
  const load = video.getByRole('link', { name: 'Load YouTube content' });
  const frameName = await video.locator('iframe').getAttribute('name');
  await expect(load).toHaveAttribute('target', frameName!);
  const [request] = await Promise.all([reader.waitForRequest(YOUTUBE_PLAYER), load.click()]);
  expect(request.isNavigationRequest()).toBe(true);
  expect(request.frame().name()).toBe(frameName);
  // The route handler records the request a moment after Playwright reports it: wait for the record, not the event.
  await expect.poll(() => outside).toEqual([YOUTUBE_PLAYER]);
  expect(reader.url()).toContain(published);
  expect(await reader.title()).not.toBe('pwned');
  await readerContext.close();
});

import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { selectPhrase } from '../pages/body-selection';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

/** The reviewer approves and publishes the story open on `page`. */
async function approveAndPublish(page: Page) {
  await page.getByRole('button', { name: 'Approve' }).click();
  await expect(page.getByText('Story approved.')).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByText('Story published.')).toBeVisible();
}

test('an editor translates a published story into Russian: the two are linked both ways, “Needs translation” follows, and killing the original flags the translation', async ({
  page,
  browser,
}) => {
  test.slow(); // two people, two stories, each published
  const stamp = Date.now();
  const headline = `Grain talks resume ${stamp}`;
  const russianHeadline = `Зерновые переговоры возобновились ${stamp}`;
  const editor = new StoryEditorPage(page);
  const originalUrl = await editor.createNew(headline, 'Delegations met in Istanbul on Monday.');
  await editor.submitForReview();
  const reviewerContext = await browser.newContext({ storageState: storageStateFor('reviewer') });
  const reviewerPage = await reviewerContext.newPage();
  await reviewerPage.goto(originalUrl);
  await approveAndPublish(reviewerPage);

  // Published in English only: the desk lists it under "Needs translation".
  await page.goto('/desk');
  const filters = page.getByRole('search', { name: 'Search and filter stories' });
  await filters.getByRole('checkbox', { name: 'Needs translation' }).check();
  await expect(page).toHaveURL(/needs=translation/);
  await expect(page.getByRole('link', { name: headline })).toBeVisible();

  // Translate: a linked Russian draft opens, its source named in Translations.
  await editor.open(originalUrl);
  const translations = page.getByRole('region', { name: 'Translations' });
  await expect(translations).toContainText('No translations yet.');
  // The newsroom's other languages (Russian in the demo), never the story's own.
  await expect(translations.getByLabel('Into').locator('option')).toHaveText(['Russian']);
  await translations.getByLabel('Into').selectOption({ label: 'Russian' });
  await translations.getByRole('button', { name: 'Translate' }).click();
  await expect(page).toHaveURL(/\/desk\/stories\/(?!new$)[a-z0-9]+$/);
  await expect(page).not.toHaveURL(originalUrl);
  await editor.ready();
  const translationUrl = page.url();
  await expect(editor.headline()).toHaveValue('');
  // One story per language in a family: the translation's language is the one Translate gave it.
  await expect(page.getByLabel('Language', { exact: true })).toHaveValue('ru');
  await expect(page.getByLabel('Language', { exact: true })).toBeDisabled();
  await expect(translations.getByRole('link', { name: `English: ${headline}` })).toBeVisible();
  await expect(translations.getByRole('listitem').filter({ hasText: headline })).toContainText('Published');
  await expect(translations.getByRole('listitem').filter({ hasText: headline })).toContainText('original');

  // The source beside the translator, read-only; a correction of the original reaches it without a reload.
  const sourceText = page.getByRole('region', { name: 'Source text' });
  await expect(sourceText.getByRole('list', { name: 'Source paragraphs' })).toHaveText('Delegations met in Istanbul on Monday.');
  await expect(sourceText).not.toContainText('Source changed after translation');
  const originalTab = await page.context().newPage();
  const originalEditor = new StoryEditorPage(originalTab);
  await originalEditor.open(originalUrl);
  await selectPhrase(originalEditor.body(), 'Monday');
  await originalTab.keyboard.type('Tuesday');
  await originalEditor.save();
  await expect(sourceText).toContainText('Source changed after translation');
  await expect(sourceText.locator('del')).toHaveText('Monday');
  await expect(sourceText.locator('ins')).toHaveText('Tuesday');
  await originalTab.close();

  await editor.headline().fill(russianHeadline);
  await editor.body().click();
  await page.keyboard.type('Делегации встретились в Стамбуле в понедельник.');
  await editor.save();
  await editor.submitForReview();

  // The original lists its translation, with its state.
  await translations.getByRole('link', { name: `English: ${headline}` }).click();
  await expect(page).toHaveURL(originalUrl);
  await expect(translations.getByRole('link', { name: `Russian: ${russianHeadline}` })).toBeVisible();
  await expect(translations.getByRole('listitem').filter({ hasText: russianHeadline })).toContainText('In review');
  // Every newsroom language is taken: nothing left to translate into.
  await expect(translations.getByRole('button', { name: 'Translate' })).toHaveCount(0);

  await reviewerPage.goto(translationUrl);
  await approveAndPublish(reviewerPage);
  await page.goto('/desk?needs=translation');
  await expect(page.getByRole('checkbox', { name: 'Needs translation' })).toBeChecked();
  await expect(page.getByRole('link', { name: headline })).toHaveCount(0);
  await expect(page.getByRole('link', { name: russianHeadline })).toHaveCount(0);

  // Partners see the link both ways: the translations API, ninjs associations, NewsML-G2 links.
  const idOf = (url: string) => new URL(url).pathname.split('/').at(-1)!;
  const [originalId, translationId] = [idOf(originalUrl), idOf(translationUrl)];
  const listed = await (await page.request.get(`/api/v1/stories/${originalId}/translations`)).json();
  expect(listed).toMatchObject({ language: 'en', items: [{ id: translationId, language: 'ru', relation: 'translation', headline: russianHeadline }] });
  expect((await (await page.request.get(`/api/v1/stories/${translationId}`)).json()).associations).toMatchObject([
    { name: 'translatedfrom', language: 'en', headlines: [{ value: headline }] },
  ]);
  expect(await (await page.request.get(`/api/v1/stories/${originalId}/newsml`)).text()).toContain('reluri="https://schema.org/workTranslation"');

  // Readers: each page links the other language (hreflang), and names it to search engines.
  const originalPublic = new URL((await (await page.request.get(`/api/v1/stories/${translationId}/translations`)).json()).items[0].url).pathname;
  await page.goto(originalPublic);
  const otherLanguages = page.getByRole('navigation', { name: 'Other languages' });
  await expect(otherLanguages.getByRole('link', { name: 'Русский' })).toHaveAttribute('hreflang', 'ru');
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveCount(1);
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`${originalPublic}$`));
  await otherLanguages.getByRole('link', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(russianHeadline);

  // The Russian story lives on the Russian site, under /ru: its document, chrome and dates in Russian.
  await expect(page).toHaveURL(/\/ru\/news\/[^/]+$/);
  const russianPublic = new URL(page.url()).pathname;
  const russianSlug = russianPublic.split('/').pop()!;
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('navigation', { name: 'На других языках' }).getByRole('link', { name: 'English' })).toHaveAttribute('href', originalPublic);
  await expect(page.getByRole('link', { name: 'Поиск' })).toHaveAttribute('href', '/ru/search');
  await expect(page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Все новости' }).first()).toHaveAttribute('href', '/ru');
  await expect(page.locator('article time').first()).toContainText(/\d{4} г\./);
  // Its old address (and the English site's spelling of it) moves there for good; the main language is never prefixed.
  const old = await page.request.get(`/news/${russianSlug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(301);
  expect(new URL(old.headers().location!, page.url()).pathname).toBe(russianPublic);
  const prefixed = await page.request.get(`/en${originalPublic}`, { maxRedirects: 0 });
  expect(prefixed.status()).toBe(301);
  expect(new URL(prefixed.headers().location!, page.url()).pathname).toBe(originalPublic);
  const misplaced = await page.request.get(`/ru${originalPublic}`, { maxRedirects: 0 });
  expect(misplaced.status()).toBe(301);
  expect(new URL(misplaced.headers().location!, page.url()).pathname).toBe(originalPublic);
  // Each site lists, feeds and maps its own language's stories.
  await page.getByRole('navigation', { name: 'Разделы' }).getByRole('link', { name: 'Все новости' }).first().click();
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Все новости');
  await expect(page.getByRole('link', { name: russianHeadline })).toHaveAttribute('href', russianPublic);
  await expect(page.getByRole('link', { name: headline })).toHaveCount(0);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: headline })).toHaveAttribute('href', originalPublic);
  await expect(page.getByRole('link', { name: russianHeadline })).toHaveCount(0);
  const [ruFeed, enFeed] = await Promise.all([page.request.get('/ru/rss.xml'), page.request.get('/rss.xml')]);
  expect(await ruFeed.text()).toContain(russianHeadline);
  expect(await ruFeed.text()).toContain('<language>ru</language>');
  expect(await enFeed.text()).not.toContain(russianHeadline);
  expect(await (await page.request.get('/ru/sitemap-news.xml')).text()).toContain(`/ru/news/${russianSlug}</loc>`);
  expect(await (await page.request.get('/ru/sitemap.xml')).text()).toContain('/ru/sitemaps/pages.xml');
  expect(await (await page.request.get('/robots.txt')).text()).toContain('/ru/sitemap.xml');
  // Search on the Russian site, by the Russian dictionary's stemming ("переговоров" finds "переговоры").
  await page.goto('/ru/search');
  await page.getByRole('searchbox', { name: 'Поиск по новостям' }).fill(`переговоров ${stamp}`);
  await page.getByRole('button', { name: 'Поиск' }).click();
  await expect(page.getByRole('link', { name: russianHeadline })).toBeVisible();
  // An address nothing answers on the Russian site: not found, in Russian.
  const missing = await page.goto('/ru/no-such-page');
  expect(missing!.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  // The original is killed: the translation stays published, flagged on the desk and on its page.
  await reviewerPage.goto(originalUrl);
  await reviewerPage.getByRole('button', { name: 'Kill' }).click();
  const kill = reviewerPage.getByRole('dialog', { name: 'Kill' });
  await kill.getByLabel('Note').fill('Withdrawn: the talks did not resume.');
  await kill.getByRole('button', { name: 'Kill' }).click();
  await expect(reviewerPage.getByText('Story killed.')).toBeVisible();
  await page.goto('/desk?status=PUBLISHED');
  await expect(page.getByRole('row').filter({ hasText: russianHeadline })).toContainText('Original killed');
  await editor.open(translationUrl);
  await expect(translations).toContainText('Original killed.');
  // Its translation stands, still listed for it; the translation no longer names it.
  expect((await (await page.request.get(`/api/v1/stories/${originalId}/translations`)).json()).items).toMatchObject([{ id: translationId }]);
  expect((await (await page.request.get(`/api/v1/stories/${translationId}`)).json()).associations).toBeUndefined();
  await reviewerContext.close();
});

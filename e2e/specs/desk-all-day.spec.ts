import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';
import { StoryEditorPage } from '../pages/story-editor-page';
import { readSeedStory } from '../../prisma/seed/demo-content';

const PNG = readFileSync(path.resolve(import.meta.dirname, '../fixtures/pixel.png'));
const DESK_TIME = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2} MSK$/;
const unique = () => `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;

async function noAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('as an editor', () => {
  test.use({ persona: 'editor' });

  test('one clock: every desk time is newsroom time in one format, and date fields take YYYY-MM-DD', async ({ page }) => {
    const editor = new StoryEditorPage(page);
    await editor.createNew(`One clock ${unique()}`, 'Body text.');
    const activity = page.getByRole('list', { name: 'Activity' });
    await expect(activity.locator('time').first()).toHaveText(DESK_TIME);
    await expect(activity).toContainText('Elena Editor created the story');
    await expect(page.getByRole('list', { name: 'Revisions' }).locator('time').first()).toHaveText(DESK_TIME);
    const date = page.getByLabel('Dateline date');
    await expect(date).toHaveAttribute('placeholder', 'YYYY-MM-DD');
    await expect(date).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
    await expect(date).not.toHaveAttribute('type', 'date');
    await expect(page.getByLabel('Embargo until')).toHaveAttribute('placeholder', 'YYYY-MM-DD HH:MM');
    await page.goto('/desk/notifications');
    await noAxeViolations(page);
  });

  test('an inserted image is not eaten by the next keystroke, and a selected figure shows an outline', async ({ page }) => {
    const editor = new StoryEditorPage(page);
    await editor.createNew(`Figure ${unique()}`, 'Before the picture.');
    await editor.body().click();
    await page.keyboard.press('End');
    await editor.toolbarButton('Image').click();
    const dialog = page.getByRole('dialog', { name: 'Insert image' });
    await dialog.getByLabel('Image file').setInputFiles({ name: 'pixel.png', mimeType: 'image/png', buffer: PNG });
    await dialog.getByLabel('Alt text').fill('A single pixel');
    await dialog.getByRole('button', { name: 'Insert image' }).click();
    await expect(editor.body().getByRole('img', { name: 'A single pixel' })).toBeVisible();
    await page.keyboard.type('After the picture.');
    await expect(editor.body().getByRole('img', { name: 'A single pixel' })).toBeVisible();
    await expect(editor.body().locator('figure + p')).toHaveText('After the picture.');
    await editor.body().locator('figure').click();
    await expect(editor.body().locator('figure.ProseMirror-selectednode')).toHaveCSS('outline-style', 'solid');
  });

  test('the tag picker never creates a tag by default and matches where words start', async ({ page }) => {
    const editor = new StoryEditorPage(page);
    await editor.createNew(`Tags ${unique()}`, 'Peskov told reporters.');
    const picker = page.getByRole('combobox', { name: 'Tags' });
    const matches = page.getByRole('listbox', { name: 'Matching tags' });
    const onStory = page.getByRole('list', { name: 'Tags on this story' });
    await picker.focus();
    await page.keyboard.type('Pesk');
    await expect(matches.getByRole('option').first()).toContainText('Dmitry Peskov');
    await expect(matches.getByRole('option', { selected: true })).toHaveCount(0);
    await page.keyboard.press('Enter');
    await expect(onStory.getByText('Pesk', { exact: true })).toHaveCount(0);
    await expect(page.getByText('Choose a tag with the arrow keys, then press Enter.')).toBeVisible();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(onStory.getByText('Dmitry Peskov')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Create a new tag' })).toHaveCount(0);

    for (const [typed, first, inside] of [
      ['Putin', 'Vladimir Putin', /comput/i],
      ['Arm', 'Armenia', /pharma/i],
    ] as const) {
      await picker.fill(typed);
      await expect(matches.getByRole('option').first()).toContainText(first);
      await expect(matches.getByRole('option').filter({ hasText: inside })).toHaveCount(0);
      for (const option of await matches.getByRole('option').allInnerTexts()) expect(option).toMatch(new RegExp(`(^|[\\s(\\-–'"/.,&])${typed}`, 'i'));
    }
  });

  test('suggestions rank what the headline names first, and "Accept all from the story" takes them at once', async ({ page }) => {
    const editor = new StoryEditorPage(page);
    await editor.createNew(`Putin meets Pashinyan ${unique()}`, 'Peskov told reporters. Peskov added nothing.');
    await page.getByLabel('Topic').selectOption({ label: readSeedStory().topicTitle }); // the demo's dossier, with its background box
    const list = page.getByRole('list', { name: 'Suggested tags' });
    await expect(list.getByRole('listitem').first()).toContainText('Headline:');
    await expect(list.getByRole('listitem').filter({ hasText: /^Dmitry Peskov/ })).toContainText('named 2 times');
    await page.getByRole('button', { name: 'Accept all from the story' }).click();
    const onStory = page.getByRole('list', { name: 'Tags on this story' });
    for (const name of ['Vladimir Putin', 'Nikol Pashinyan', 'Dmitry Peskov']) await expect(onStory.getByText(name)).toBeVisible();
    const background = page.getByRole('list', { name: 'Only in the background box' });
    if (await background.count()) await expect(background.getByRole('listitem').first()).toContainText('Background box:');
  });

  test('an over-long headline turns the counter to an error and the rest of the story keeps saving', async ({ page, browser }) => {
    const editor = new StoryEditorPage(page);
    const url = await editor.createNew(`Long headline ${unique()}`, 'Body.');
    await editor.headline().fill('A'.repeat(170));
    await expect(page.getByTestId('headline-counter')).toHaveText(/170\/160 characters — 10 over the limit/);
    await expect(page.getByTestId('headline-counter')).toHaveClass(/text-red-700/);
    await page.getByLabel('Subheadline').fill('The subheadline still reaches the server');
    await page.keyboard.press('Control+s');
    const said = 'Not saved — Headline: Keep the headline to 160 characters.';
    await expect(page.getByTestId('save-status')).toHaveText(said);
    await expect(page.locator('#headline-error')).toHaveText('Keep the headline to 160 characters.');

    // Said on every screen with the story open, which shows the text as typed; the rest is stored.
    const other = await browser.newContext({ storageState: storageStateFor('reviewer') });
    const second = new StoryEditorPage(await other.newPage());
    await second.open(url);
    await expect(second.page.getByLabel('Subheadline')).toHaveValue('The subheadline still reaches the server');
    await expect(second.headline()).toHaveValue('A'.repeat(170));
    await expect(second.status()).toHaveText(said);
    const preview = await other.newPage();
    await preview.goto(url.replace('/desk/stories/', '/preview/'));
    await expect(preview.getByRole('article')).toContainText('The subheadline still reaches the server');
    await other.close();
  });

  test('Ctrl+S saves at once, ? lists the shortcuts, and a Russian story gets a Russian dateline', async ({ page }) => {
    const editor = new StoryEditorPage(page);
    await editor.createNew(`Shortcuts ${unique()}`, 'Body.');
    await editor.headline().fill(`Shortcut saved ${unique()}`);
    await page.keyboard.press('Control+s');
    await expect(editor.status()).toHaveText('Saved');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toContainText('Save now');
    await expect(dialog).toContainText('Submit for review');
    await noAxeViolations(page);
    await dialog.getByRole('button', { name: 'Close' }).click();

    await page.getByLabel('Language').selectOption({ label: 'Russian' });
    await expect(page.getByLabel('Credit')).toHaveValue('ТАСС');
    await page.getByLabel('Dateline place').fill('Москва');
    await page.getByLabel('Dateline date').fill('2026-11-30');
    await expect(page.getByTestId('dateline-preview')).toHaveText('МОСКВА, 30 ноября. /ТАСС/.');
  });

  test('the list from the keyboard: j and k move through the stories, Enter opens one with the caret in its headline, ? lists the keys', async ({ page }) => {
    await page.goto('/desk?status=DRAFT');
    const links = page.getByRole('table', { name: 'Stories on the desk' }).getByRole('row').getByRole('link');
    await expect(links.nth(1)).toBeVisible();
    await page.keyboard.press('j');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('j');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('k');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toContainText('Next story');
    await expect(dialog).toContainText('Previous story');
    await page.keyboard.press('Escape');
    await expect(links.nth(0)).toBeFocused();
    const href = await links.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await new StoryEditorPage(page).ready();
    await expect(new StoryEditorPage(page).headline()).toBeFocused();
  });

  test('spike: a story is set aside read-only, and Restore brings it back editable at once', async ({ page }) => {
    const editor = new StoryEditorPage(page);
    const headline = `Test draft to spike ${unique()}`;
    const url = await editor.createNew(headline, 'Nobody needs this.');
    await page.getByRole('button', { name: 'Spike' }).click();
    await expect(page.getByText('Story spiked.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Read-only story' })).toBeVisible();
    await expect(editor.headline()).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
    await expect(editor.body()).toHaveAttribute('contenteditable', 'false');

    await page.goto('/desk?status=SPIKED');
    await expect(page.getByRole('link', { name: headline })).toBeVisible();
    await page.goto('/desk');
    await expect(page.getByRole('link', { name: headline })).toHaveCount(0);
    await page.goto(url);
    await page.getByRole('button', { name: 'Restore', exact: true }).click();
    await expect(page.getByText('Story restored.')).toBeVisible();
    // Editable at once, without a reload.
    await expect(page.getByRole('region', { name: 'Read-only story' })).toHaveCount(0);
    await editor.ready();
    await editor.headline().press('End');
    await editor.headline().pressSequentially(' (kept)');
    await expect(editor.status()).toHaveText('Saved');
  });

  test('the desk list: word counts, time since change, counts within filters, bulk actions and saved views', async ({ page }) => {
    const run = unique();
    const editor = new StoryEditorPage(page);
    await editor.createNew(`Bulk first ${run}`, 'One two three four five.');
    await editor.createNew(`Bulk second ${run}`, 'Six seven eight.');
    await page.goto(`/desk?q=${run}`);
    const row = (name: string) => page.getByRole('row').filter({ hasText: name });
    await expect(row(`Bulk first ${run}`).getByTestId('word-count')).toHaveText('5');
    await expect(row(`Bulk second ${run}`).getByTestId('word-count')).toHaveText('3');
    await expect(row(`Bulk first ${run}`).locator('time')).toHaveText(/just now|min ago/);
    const tabs = page.getByRole('navigation', { name: 'Filter by status' });
    await expect(tabs.getByRole('link', { name: /^Draft \(2\)$/ })).toBeVisible();
    await expect(tabs.getByRole('link', { name: /^In review \(0\)$/ })).toBeVisible();

    // A saved view of this search, with its live count.
    await page.getByLabel('View name').fill(`My bulk ${run}`);
    await page.getByRole('button', { name: 'Save view' }).click();
    const views = page.getByRole('complementary', { name: 'Saved views' });
    await expect(views.getByRole('link', { name: `My bulk ${run} (2)` })).toBeVisible();

    // Bulk: submit both; then spike the one an editor still may (the other is in review: refused, with why).
    await page.getByRole('checkbox', { name: `Select Bulk first ${run}` }).check();
    await page.getByRole('checkbox', { name: `Select Bulk second ${run}` }).check();
    const bulk = page.getByRole('group', { name: 'Bulk actions' });
    await expect(bulk).toContainText('2 selected');
    await bulk.getByLabel('Action').selectOption({ label: 'Submit for review' });
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await page.getByRole('dialog', { name: 'Submit 2 stories for review?' }).getByRole('button', { name: 'Submit 2 stories' }).click();
    await expect(page.getByRole('status', { name: 'Bulk action result' })).toContainText('Submit for review: done for 2 stories.');
    await expect(tabs.getByRole('link', { name: /^In review \(2\)$/ })).toBeVisible();

    await page.getByRole('checkbox', { name: 'Select all stories on this page' }).check();
    await bulk.getByLabel('Action').selectOption({ label: 'Submit for review' });
    await bulk.getByRole('button', { name: 'Apply to selected' }).click();
    await page.getByRole('dialog', { name: 'Submit 2 stories for review?' }).getByRole('button', { name: 'Submit 2 stories' }).click();
    const result = page.getByRole('status', { name: 'Bulk action result' });
    await expect(result).toContainText('done for 0 stories, refused for 2');
    await expect(result).toContainText(`“Bulk first ${run}”: A story in review cannot be submitted for review.`);
    await noAxeViolations(page);
  });

  test('the desk tag filter finds a person by surname', async ({ page }) => {
    await page.goto('/desk?tag=Peskov');
    await expect(page.getByRole('status').filter({ hasText: 'Tag filter' })).toContainText('stories tagged Dmitry Peskov');
    await expect(page.getByRole('link', { name: /Putin, Pashinyan to discuss Nagorno-Karabakh/ })).toBeVisible();
  });

  test('Preview shows a draft in the public design, to the desk only, never cached or indexed', async ({ page, browser }) => {
    const editor = new StoryEditorPage(page);
    const headline = `Preview me ${unique()}`;
    const url = await editor.createNew(headline, 'The draft body readers have not seen.');
    await page.getByRole('link', { name: 'Preview', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: headline })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Preview' })).toContainText('readers do not see this page');
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    const response = await page.request.get(page.url());
    expect(response.headers()['cache-control']).toContain('no-store');
    expect(response.headers()['x-robots-tag']).toContain('noindex');
    const reader = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const anonymous = await reader.request.get(`/preview/${url.split('/').at(-1)}`, { maxRedirects: 0 });
    expect(anonymous.status()).toBe(307);
    await reader.close();
  });
});

test.describe('as an admin', () => {
  test.use({ persona: 'admin' });

  test('the audit log speaks in words on the one clock; the desk nav stays on one line at 1366 px; the chart has a value axis', async ({ page }) => {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/desk/audit');
    const table = page.getByRole('table', { name: 'Audit events' });
    await expect(table.locator('time').first()).toHaveText(DESK_TIME);
    await expect(table).not.toContainText('story.create');
    await expect(page.getByLabel('Action').locator('option', { hasText: 'Created a story' })).toHaveCount(1);
    await noAxeViolations(page);
    const nav = page.getByRole('navigation', { name: 'Desk' });
    const links = nav.getByRole('link');
    const tops = new Set<number>();
    for (const box of await links.evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)))) tops.add(box);
    expect(tops.size).toBe(1);
    expect(await nav.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    // The admin pages are one menu at the end of the line.
    const admin = nav.getByRole('button', { name: 'Admin' });
    await admin.click();
    await expect(admin).toHaveAttribute('aria-expanded', 'true');
    await expect(nav.getByRole('link', { name: 'Webhooks' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(nav.getByRole('link', { name: 'Webhooks' })).toBeHidden();
    await expect(admin).toBeFocused();

    await page.goto('/desk/dashboard');
    await expect(page.getByTestId('value-axis')).toContainText('Stories');
    await expect(page.getByTestId('value-axis').locator('text')).not.toHaveCount(1);
    await noAxeViolations(page);
  });

  test('sections can be hidden from readers and deleted once their stories move', async ({ page }) => {
    const name = `Temporary ${unique()}`;
    await page.goto('/desk/sections');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByRole('button', { name: 'Add section' }).click();
    const item = page.getByRole('listitem').filter({ hasText: `Rename ${name}` });
    await item.getByRole('button', { name: `Hide ${name}` }).click();
    await expect(item).toContainText('hidden from readers');
    await page.goto('/');
    await expect(page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name })).toHaveCount(0);
    await page.goto('/desk/sections');
    page.once('dialog', (dialog) => void dialog.accept());
    await item.getByRole('button', { name: `Delete ${name}` }).click();
    await expect(page.getByRole('button', { name: `Delete ${name}` })).toHaveCount(0);
    await noAxeViolations(page);
  });
});

test.describe('as a reader', () => {
  test('an empty listing page past the last is a 404 with the site around it; a phone gets a Sections disclosure', async ({ page }) => {
    const past = await page.goto('/section/world/page/99');
    expect(past?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await page.getByRole('searchbox', { name: 'Search stories' }).fill('Kremlin');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page).toHaveURL(/\/search\?q=Kremlin/);
    const unknown = await page.goto('/no-such-page-at-all');
    expect(unknown?.status()).toBe(404);
    await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: 'Search stories' })).toBeVisible();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/');
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const menu = nav.getByText('Sections', { exact: true }); // a <summary>: the disclosure works without JavaScript
    await expect(nav.getByRole('link', { name: 'All news' })).toBeHidden();
    await menu.click();
    await expect(nav.getByRole('link', { name: 'All news' })).toBeVisible();
    await menu.click();
    await expect(nav.getByRole('link', { name: 'All news' })).toBeHidden();
    await noAxeViolations(page);
  });
});

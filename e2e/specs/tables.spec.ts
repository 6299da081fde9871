import { readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '../fixtures/test';
import { ReviewerSession } from '../pages/reviewer-session';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

const clipboard = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/clipboard', name), 'utf8');
/** The body's tables as rows of cell texts, header cells marked with a leading `#`. */
const tableRows = (editor: StoryEditorPage, index = 0) =>
  editor
    .body()
    .locator('table')
    .nth(index)
    .evaluate((table) =>
      [...table.querySelectorAll('tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => `${cell.tagName === 'TH' ? '#' : ''}${(cell.textContent ?? '').trim()}`),
      ),
    );

test('an editor builds a table from the toolbar, and readers get it captioned, with header cells, scrolling inside the article', async ({ page, browser }) => {
  test.slow();
  const editor = new StoryEditorPage(page);
  const headline = `Weather table ${Date.now()}`;
  await new StoryEditorPage(page).startNew();
  await editor.headline().fill(headline);
  await editor.body().click();
  await page.keyboard.type('Forecast for Wednesday.');
  await page.keyboard.press('Enter');
  await editor.toolbarButton('Table').click();
  const tableTools = page.getByRole('toolbar', { name: 'Table' });
  await expect(tableTools).toBeVisible();
  for (const [i, text] of ['City', 'Low', 'High', 'Moscow', '-3', '2', 'Kazan', '-5', '0'].entries()) {
    await page.keyboard.type(text);
    if (i < 8) await page.keyboard.press('Tab'); // Tab moves to the next cell
  }
  await tableTools.getByRole('button', { name: 'Add row below' }).click();
  await page.keyboard.press('Tab'); // into the new row
  await page.keyboard.type('Sochi');
  await tableTools.getByRole('button', { name: 'Table caption' }).click();
  await page.getByRole('dialog', { name: 'Table caption' }).getByLabel('Caption').fill('Temperatures, °C');
  await page.getByRole('button', { name: 'Set caption' }).click();
  expect(await tableRows(editor)).toEqual([
    ['#City', '#Low', '#High'],
    ['Moscow', '-3', '2'],
    ['Kazan', '-5', '0'],
    ['Sochi', '', ''],
  ]);
  await tableTools.getByRole('button', { name: 'Add column after' }).click();
  expect((await tableRows(editor))[0]).toEqual(['#City', '#', '#Low', '#High']);
  await page.keyboard.press('Tab'); // into the new column, which goes again
  await tableTools.getByRole('button', { name: 'Delete column' }).click();
  expect((await tableRows(editor))[0]).toEqual(['#City', '#Low', '#High']);
  // Two cells selected (Shift+click) merge into one spanning both.
  const sochi = editor.body().locator('tr').nth(3).locator('td');
  await sochi.nth(1).click();
  await sochi.nth(2).click({ modifiers: ['Shift'] });
  await tableTools.getByRole('button', { name: 'Merge cells' }).click();
  await expect(editor.body().locator('tr').nth(3).locator('td').nth(1)).toHaveAttribute('colspan', '2');
  await editor.save();
  await page.reload();
  expect(await tableRows(editor)).toEqual([
    ['#City', '#Low', '#High'],
    ['Moscow', '-3', '2'],
    ['Kazan', '-5', '0'],
    ['Sochi', ''],
  ]);
  await editor.submitForReview();

  const reviewer = await ReviewerSession.open(browser, page.url());
  await reviewer.approveAndPublish();
  await reviewer.close();

  const readerContext = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 360, height: 740 } });
  const reader = await readerContext.newPage();
  await reader.goto('/');
  await reader.getByRole('link', { name: headline }).click();
  const table = reader.getByRole('table', { name: 'Temperatures, °C' });
  await expect(table).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'High' })).toHaveAttribute('scope', 'col');
  await expect(table.getByRole('cell', { name: 'Kazan' })).toBeVisible();
  // The table scrolls inside its region; the page itself does not scroll sideways.
  const region = reader.getByRole('region', { name: 'Temperatures, °C' });
  await expect(region).toHaveAttribute('tabindex', '0');
  expect(await reader.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  expect((await new AxeBuilder({ page: reader }).analyze()).violations).toEqual([]);
  await readerContext.close();
});

for (const [source, file, rows] of [
  [
    'Excel',
    'excel.html',
    [
      ['#City', '#Low', '#High', '#Rain mm'],
      ['Moscow', '-3.5', '2.0', '12.5'],
      ['Saint Petersburg', '-1.0', '3.5', '8.0'],
    ],
  ],
  [
    'Google Sheets',
    'google-sheets.html',
    [
      ['#Team', '#Played', '#Points'],
      ['Zenit', '18', '41'],
      ['Krasnodar', '18', '38'],
    ],
  ],
  [
    'LibreOffice Calc',
    'libreoffice-calc.html',
    [
      ['#Party', '#Votes', '#Share %'],
      ['United Russia', '28064200', '49.82'],
      ['Communist Party', '10660669', '18.93'],
    ],
  ],
  [
    'Word',
    'word-table.html',
    [
      ['#Candidate', '#Percent'],
      ['Candidate A', '54.3'],
    ],
  ],
  [
    'a web page',
    'web-table.html',
    [
      ['##', '#Club', '#Pts'],
      ['1', 'Zenit', '41'],
      ['2', 'Krasnodar', '38'],
    ],
  ],
] as const) {
  test(`pasting a table from ${source} keeps it a table with its header row and numbers aligned`, async ({ page }) => {
    const editor = new StoryEditorPage(page);
    await new StoryEditorPage(page).startNew();
    await editor.pasteHtml(clipboard(file));
    await expect(editor.body().locator('table')).toHaveCount(1);
    expect(await tableRows(editor)).toEqual(rows);
    // Numbers keep their right alignment where the source gave one.
    const aligned = await editor
      .body()
      .locator('td')
      .evaluateAll((cells) => cells.filter((cell) => (cell as HTMLElement).style.textAlign === 'right').map((cell) => cell.textContent?.trim()));
    if (source !== 'Word') expect(aligned).toContain(rows[1]![rows[1]!.length - 1]);
    // Nothing of the source's styling or scripting comes along.
    expect(await editor.body().innerHTML()).not.toMatch(/javascript:|mso-|data-sheets|class="(xl|Mso|standings)/);
  });
}

test('a paste never loses text: a stray colgroup, broken markup and a table too large all keep every word', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await new StoryEditorPage(page).startNew();
  await editor.pasteHtml('<p>Intro</p><colgroup><col></colgroup><p>After</p>');
  await expect(editor.body()).toContainText('Intro');
  await expect(editor.body()).toContainText('After');

  await new StoryEditorPage(page).startNew();
  await editor.pasteHtml(
    '<h1><table><tr><td>Cell in a heading</td></tr></table></h1><ul><li><table><tr><td>Cell in a list</td><td>second</td></tr></table></li></ul><p>Closing <b>paragraph<table><tr><td>odd</td></tr></table></b> text</p>',
  );
  for (const words of ['Cell in a heading', 'Cell in a list', 'second', 'Closing', 'odd', 'text']) await expect(editor.body()).toContainText(words);

  await new StoryEditorPage(page).startNew();
  const rows = Array.from({ length: 1000 }, (_, r) => `<tr>${Array.from({ length: 4 }, (_, c) => `<td>r${r}c${c}</td>`).join('')}</tr>`).join('');
  await editor.pasteHtml(`<p>Before the big table.</p><table>${rows}</table>`);
  await expect(page.getByRole('status').filter({ hasText: 'more than the 3,000 a table may hold' })).toContainText('4,000 cells');
  await expect(editor.body().locator('table')).toHaveCount(0);
  await expect(editor.body()).toContainText('r0c0 | r0c1 | r0c2 | r0c3');
  await expect(editor.body()).toContainText('r999c0 | r999c1 | r999c2 | r999c3');
});

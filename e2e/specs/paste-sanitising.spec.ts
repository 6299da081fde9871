import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '../fixtures/test';
import { StoryEditorPage } from '../pages/story-editor-page';

test.use({ persona: 'editor' });

const clipboard = (name: string) => readFileSync(path.join(import.meta.dirname, '../fixtures/clipboard', name), 'utf8');
const FORBIDDEN = [
  /style=/i,
  /class="(?!ProseMirror)/i,
  /\son\w+=/i,
  /<script/i,
  /<iframe/i,
  /<svg/i,
  /<img/i,
  /<input/i,
  /<span/i,
  /<o:p/i,
  /javascript:/i,
  /mso-/i,
  /docs-internal/i,
  /<h1/i,
];

async function expectClean(editor: StoryEditorPage) {
  // A table's own view (column widths, its minimum width) is the editor's styling, not pasted styling.
  const html = (await editor.body().innerHTML())
    .replace(/<colgroup>.*?<\/colgroup>/g, '')
    .replace(/<table style="[^"]*"/g, '<table')
    .replace(/<div class="tableWrapper">/g, '<div>');
  for (const pattern of FORBIDDEN) expect(html, `found ${pattern}`).not.toMatch(pattern);
  return html;
}

test('pasting from Word keeps bold, italics and text, nothing else', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await new StoryEditorPage(page).startNew();
  await editor.pasteHtml(clipboard('word.html'));
  await expect(editor.body().locator('strong')).toHaveText('Kremlin statement');
  await expect(editor.body().locator('em')).toHaveText('Karabakh');
  await expect(editor.body()).toContainText('Peskov said the talks would cover Karabakh and “bilateral relations”.');
  await expect(editor.body()).toContainText('No documents to sign');
  await expectClean(editor);
});

test('pasting from Google Docs keeps the bold run, the link and the list, not the wrapper', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await new StoryEditorPage(page).startNew();
  await editor.pasteHtml(clipboard('google-docs.html'));
  await expect(editor.body().locator('strong')).toHaveText('Bold from Docs');
  await expect(editor.body().locator('a')).toHaveAttribute('href', 'https://tass.com/politics');
  await expect(editor.body().locator('ul li')).toHaveText('Item from Docs');
  await expect(editor.body()).toContainText('and plain text with a link');
  await expectClean(editor);
});

test('pasting a web page drops scripts, handlers, unsafe links and foreign elements but keeps their text', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await new StoryEditorPage(page).startNew();
  await editor.headline().fill('Pasted from the web');
  await editor.pasteHtml(clipboard('web-page.html'));
  await expect(editor.body()).toContainText('Headline from the web');
  await expect(editor.body()).toContainText('Paragraph with a bad link and a good link.');
  await expect(editor.body()).toContainText('Cell text');
  await expect(editor.body().locator('h2')).toHaveText('Subhead from the web');
  const links = editor.body().locator('a');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', 'https://example.org/page');
  await expectClean(editor);
  expect(await page.title()).not.toBe('pwned');

  // What was pasted is what is stored: save, reload, still clean.
  await editor.save();
  await page.reload();
  await expect(editor.body()).toContainText('Paragraph with a bad link and a good link.');
  await expectClean(editor);
});

test("pasted text loses its control characters; Word's manual line break (U+000B) becomes a line break", async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await new StoryEditorPage(page).startNew();
  await editor.pasteHtml('', 'First line\u000bsecond line\u0007 with a bell\u0000.');
  await expect(editor.body()).toContainText('second line with a bell.');
  const html = await editor.body().innerHTML();
  expect(html).not.toMatch(/[\u0000\u0007\u000b]/);
  expect(await editor.body().locator('p').count()).toBeGreaterThanOrEqual(1);
  await expect(editor.body()).toContainText('First line');
});

test('a paste nested 20,000 levels deep keeps its words as text, says so, and the story stores it', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await editor.startNew();
  await editor.headline().fill('Deep paste');
  const html = `<p>Before the deep part.</p>${'<blockquote><div>'.repeat(10_000)}Words from the bottom of the quote.${'</div></blockquote>'.repeat(10_000)}${'<ul><li>'.repeat(30)}Deep list item.${'</li></ul>'.repeat(30)}`;
  await editor.pasteHtml(html);
  await expect(editor.body()).toContainText('Words from the bottom of the quote.');
  await expect(editor.body()).toContainText('Deep list item.');
  await expect(page.getByText(/nested too deeply to keep its structure/)).toBeVisible();
  await expect(editor.status()).toHaveText('Saved');
});

test('a pasted link the server would refuse is unlinked at once, its text kept, the editor says so once, and the story saves', async ({ page }) => {
  const editor = new StoryEditorPage(page);
  await editor.startNew();
  await editor.headline().fill(`Long page with a malformed link ${Date.now()}`);
  // A long web page whose one bad link a browser's URL parser would read past (it drops tab and line break).
  const paragraphs = Array.from({ length: 150 }, (_, i) => `<p>Paragraph ${i + 1} of the agency page.</p>`);
  paragraphs[97] = '<p>See <a href="htt\tp://6\n6.000146.0x7.147/">the original statement</a> and <a href="https://example.org/ok">the good one</a>.</p>';
  await editor.pasteHtml(`<html><body>${paragraphs.join('')}</body></html>`);
  const notice = page.getByText(/A pasted link was removed because its address is not allowed \(“htt p:\/\/6 6\.000146\.0x7\.147\/”\); its text was kept\./);
  await expect(notice).toHaveCount(1);
  await expect(editor.body()).toContainText('See the original statement and the good one.');
  await expect(editor.body().locator('a')).toHaveCount(1);
  await expect(editor.body().locator('a')).toHaveAttribute('href', 'https://example.org/ok');
  await expect(editor.body()).toContainText('Paragraph 150 of the agency page.');
  await editor.save();
  await page.reload();
  await expect(editor.body()).toContainText('See the original statement and the good one.');
  await expect(page.getByText(/This link is not allowed/)).toHaveCount(0);
});

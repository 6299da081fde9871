// Typing in the editor: keystroke-to-frame latency in a story holding a 2,000-cell
// table (200 rows × 10 columns), against a story of plain paragraphs in the same run.
// Chromium from Debian drives the real desk page, signed in as the demo editor.
import { chromium } from '@playwright/test';
import { startBenchApp } from './lib/app';
import { percentile, record, summarize, table, type Row } from './lib/report';
import { signInCookie } from './lib/session';
import { listenToKeys } from './lib/typing';

const ROWS = 200;
const COLUMNS = 10;
const KEYS = 80;

const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const cell = (type: string, text: string) => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null, align: null }, content: [paragraph(text)] });
const bigTable = {
  type: 'table',
  attrs: { caption: 'Results' },
  content: Array.from({ length: ROWS }, (_, r) => ({
    type: 'tableRow',
    content: Array.from({ length: COLUMNS }, (_, c) => cell(r === 0 ? 'tableHeader' : 'tableCell', r === 0 ? `Column ${c + 1}` : `${r}.${c}`)),
  })),
};

async function fill(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { seedDemoDesk } = await import('../prisma/seed/seed-demo-desk');
  const { prisma } = await import('@/lib/db');
  await seedDemoDesk();
  const author = await prisma.user.findFirstOrThrow({ where: { email: 'editor@newsroom.test' } });
  const paragraphs = Array.from({ length: 40 }, (_, i) =>
    paragraph(`Paragraph ${i + 1} of a long story, with enough words to wrap over a line or two in the editor's column.`),
  );
  for (const [id, body] of [
    ['bench-table', { type: 'doc', content: [paragraph('Intro.'), bigTable, paragraph('After the table.')] }],
    ['bench-plain', { type: 'doc', content: paragraphs }],
  ] as const) {
    await prisma.story.create({ data: { id, slug: id, headline: `Typing bench ${id}`, body, bodyText: '', authorId: author.id, language: 'en' } });
  }
  await prisma.$disconnect();
}

const app = await startBenchApp(fill);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const cookie = await signInCookie(app.origin, 'editor@newsroom.test', 'newsroom-demo');
  const [name, value] = cookie.split('=') as [string, string];
  const context = await browser.newContext();
  await context.addCookies([{ name, value, url: app.origin }]);
  const rows: Row[] = [];
  for (const [label, id, target] of [
    ['plain story (40 paragraphs)', 'bench-plain', 'p'],
    [`${(ROWS * COLUMNS).toLocaleString('en')}-cell table`, 'bench-table', 'td'],
  ] as const) {
    const page = await context.newPage();
    await page.goto(`${app.origin}/desk/stories/${id}`);
    const body = page.getByRole('textbox', { name: 'Body' });
    await body
      .locator(target)
      .nth(target === 'td' ? 1000 : 20)
      .click();
    await listenToKeys(page);
    await page.keyboard.type('x'.repeat(KEYS), { delay: 60 });
    await page.waitForTimeout(500);
    const samples = (await page.evaluate(() => (window as unknown as { typingSamples: number[] }).typingSamples)).sort((a, b) => a - b);
    rows.push({
      story: label,
      keystrokes: samples.length,
      'p50 (ms)': percentile(samples, 50),
      'p95 (ms)': percentile(samples, 95),
      'max (ms)': samples.at(-1) ?? NaN,
    });
    await page.close();
  }
  const markdown = table(rows);
  console.log(markdown);
  if (process.env.BENCH_RECORD !== 'false') record('Editor: typing latency, keydown to next frame (Chromium, demo editor)', markdown);
  const big = rows[1]!;
  summarize(
    `typing in a ${(ROWS * COLUMNS).toLocaleString('en')}-cell table, keystroke to frame p95`,
    `${Number(big['p95 (ms)']).toFixed(1)} ms`,
    '< 100 ms (RAIL response)',
    Number(big['p95 (ms)']) < 100,
  );
} finally {
  await browser.close();
  await app.stop();
}

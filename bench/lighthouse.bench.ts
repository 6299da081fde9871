// What a reader's phone does with each kind of public page: Lighthouse 12 (mobile,
// simulated throttling) in Debian's Chromium against the production server, three runs
// per page (median), beside the figures the outside check measured for nginx, Ghost and
// WordPress on this machine. Also the HTML's weight against the same page without any
// framework payload.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBenchApp } from './lib/app';
import { record, summarize, table, type Row } from './lib/report';

const RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const CHROME = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PAGES: [string, string][] = [
  ['article', '/news/putin-pashinyan-to-discuss-nagorno-karabakh-on-wednesday-kremlin'],
  ['home', '/'],
  ['section', '/section/world'],
  ['tag', '/tag/kremlin'],
  ['topic', '/topic/situation-in-nagorno-karabakh-and-border-regions'],
  ['search', '/search?q=Kremlin'],
];

type Report = { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> };

/** One Lighthouse run in its own process (asynchronously: the embedded PostgreSQL's output must keep draining meanwhile). */
async function lighthouse(url: string): Promise<Report> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lighthouse-'));
  const out = path.join(dir, 'report.json');
  const child = spawn(
    process.execPath,
    [
      path.join(import.meta.dirname, '..', 'node_modules', 'lighthouse', 'cli', 'index.js'),
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,seo',
      '--chrome-flags=--headless=new --no-sandbox --disable-gpu',
    ],
    { env: { ...process.env, CHROME_PATH: CHROME }, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`lighthouse failed on ${url}: ${stderr}`);
  const report = JSON.parse(readFileSync(out, 'utf8')) as Report;
  rmSync(dir, { recursive: true, force: true });
  return report;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * The page's HTML with the framework's scripts, flight data and script preloads taken out: the floor it is
 * compared with. The page's own scripts (JSON-LD, the live-updates island) are the page, not framework.
 */
const withoutFramework = (html: string) =>
  html
    .replace(/<script\b[^>]*\bsrc="\/_next\/[^"]*"[^>]*>\s*<\/script>/g, '')
    .replace(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\(?(?:self\.__next_f|globalThis\["TURBOPACK"\])[\s\S]*?<\/script>/g, '')
    .replace(/<link\b[^>]*\b(?:modulepreload|as="script")[^>]*>/g, '');

// The demo desk, and its seed story published in Russian too, on the Russian site (issue 30: a Russian story page keeps Lighthouse 100).
let russianArticle = '';
const app = await startBenchApp(async (databaseUrl) => {
  process.env.DATABASE_URL = databaseUrl;
  const [{ seedDemoDesk: seed }, { prisma }, { publishRussianSeedTranslation }] = await Promise.all([
    import('../prisma/seed/seed-demo-desk'),
    import('@/lib/db'),
    import('./lib/russian-translation'),
  ]);
  await seed();
  russianArticle = await publishRussianSeedTranslation(PAGES[0]![1].replace('/news/', ''));
  await prisma.$disconnect();
});
// The Russian site (/ru): its story page and its home, where that story is listed.
PAGES.splice(1, 0, ['article, Russian', russianArticle]);
PAGES.splice(3, 0, ['home, Russian', '/ru']);
try {
  const rows: Row[] = [];
  for (const [name, pagePath] of PAGES) {
    const url = app.origin + pagePath;
    const html = await (await fetch(url)).text();
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=/g)].length;
    const reports: Report[] = [];
    for (let run = 0; run < RUNS; run++) reports.push(await lighthouse(url).catch(() => lighthouse(url))); // Lighthouse now and then loses its trace (NO_NAVSTART): once more
    const score = (category: string) => median(reports.map((r) => Math.round(r.categories[category]!.score * 100)));
    const audit = (id: string) => median(reports.map((r) => r.audits[id]!.numericValue ?? NaN));
    rows.push({
      page: name,
      performance: score('performance'),
      accessibility: score('accessibility'),
      seo: score('seo'),
      'blocking time (ms)': Math.round(audit('total-blocking-time')),
      'LCP (ms)': Math.round(audit('largest-contentful-paint')),
      'transfer (KiB)': Number((audit('total-byte-weight') / 1024).toFixed(1)),
      'script files': scripts,
      'HTML vs without framework': Number((Buffer.byteLength(html) / Buffer.byteLength(withoutFramework(html))).toFixed(2)),
    });
  }
  const reference = `Reference (the outside check, same machine, Lighthouse 12 mobile): nginx static file 100 / 0 ms / 7 KiB; Ghost 5 100 / 0 ms / 89 KiB; WordPress 6 99 / 0 ms / 66 KiB (performance / blocking time / transfer).`;
  const markdown = `${table(rows)}\n\nMedian of ${RUNS} Lighthouse 12.2.3 runs per page (mobile, simulated throttling) in ${CHROME}, against the production server (no images on these pages). ${reference}`;
  console.log(markdown);
  if (process.env.BENCH_RECORD !== 'false') record('Reader pages in Lighthouse', markdown);
  const worst = (key: string, pick: (a: number, b: number) => number) => rows.map((r) => Number(r[key])).reduce((a, b) => pick(a, b));
  const scores = `${worst('performance', Math.min)} / ${worst('accessibility', Math.min)} / ${worst('seo', Math.min)}`;
  summarize('public pages, Lighthouse mobile: worst performance / accessibility / SEO', scores, '100 / 100 / 100', scores === '100 / 100 / 100');
  summarize('public pages: worst total blocking time', `${worst('blocking time (ms)', Math.max)} ms`, '≤ 50 ms', worst('blocking time (ms)', Math.max) <= 50);
  summarize('public pages: heaviest transfer (no images)', `${worst('transfer (KiB)', Math.max)} KiB`, '≤ 60 KiB', worst('transfer (KiB)', Math.max) <= 60);
  summarize(
    'public pages: HTML vs the same page without framework payload',
    `${worst('HTML vs without framework', Math.max)}×`,
    '≤ 1.3×',
    worst('HTML vs without framework', Math.max) <= 1.3,
  );
} finally {
  await app.stop();
}

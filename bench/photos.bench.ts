// Photos: renditions of a 12-megapixel JPEG (every crop, width and format, as the job
// runner makes them, one libvips thread), with peak memory; then the public story page
// with its lead image at phone width in Chromium: everything transferred.
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { seedDemoDesk, startBenchApp } from './lib/app';
import { record, summarize, table, type Row } from './lib/report';

sharp.concurrency(1);

/** A 4000×3000 photo-like JPEG: smooth gradients with grain, so it encodes like a photo (not like a flat test card). */
async function twelveMegapixels() {
  const width = 4000;
  const height = 3000;
  const pixels = Buffer.alloc(width * height * 3);
  let seed = 7;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      const grain = (seed >> 16) % 24;
      const i = (y * width + x) * 3;
      pixels[i] = Math.min(255, (x * 200) / width + grain);
      pixels[i + 1] = Math.min(255, (y * 180) / height + grain);
      pixels[i + 2] = Math.min(255, 120 + 80 * Math.sin(x / 300) * Math.cos(y / 200) + grain);
    }
  }
  return sharp(pixels, { raw: { width, height, channels: 3 } })
    .jpeg({ quality: 88 })
    .toBuffer();
}

const rows: Row[] = [];
const photo = await twelveMegapixels();
const { makeRenditions } = await import('@/lib/assets/renditions');
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 10);
const baseline = process.memoryUsage().rss;
const runs = 2;
let made = 0;
let bytes = 0;
const started = performance.now();
for (let i = 0; i < runs; i++) {
  const renditions = await makeRenditions(photo, { version: 1, focalX: 0.5, focalY: 0.5, original: 'jpeg', keyPrefix: 'bench' }, async () => {});
  made += renditions.length;
  bytes = renditions.reduce((n, r) => n + r.bytes, 0);
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
rows.push({
  measure: `renditions of a 12 MP JPEG (${(photo.byteLength / 1024 / 1024).toFixed(1)} MB), one libvips thread`,
  value: `${(made / seconds).toFixed(1)} renditions/s`,
  detail: `${made / runs} renditions per photo in ${(seconds / runs).toFixed(1)} s (${(bytes / 1024).toFixed(0)} KiB in all); peak RSS +${((peak - baseline) / 1024 / 1024).toFixed(0)} MB`,
});

// The story page with its lead image, as a phone loads it.
const app = await startBenchApp(seedDemoDesk);
process.env.DATABASE_URL = app.databaseUrl;
try {
  const { prisma } = await import('@/lib/db');
  const { storeImage } = await import('@/lib/assets/mutations');
  const { saveStory } = await import('@/lib/stories/mutations');
  const { ZSaveStory } = await import('@/lib/stories/validation');
  const { transitionStory } = await import('@/lib/stories/transition');
  const { docFromParagraphs } = await import('@/lib/content/document');
  const user = await prisma.user.findFirstOrThrow({ where: { email: 'reviewer@newsroom.test' } });
  const reviewer = { id: user.id, role: user.role, name: user.name, email: user.email };
  const stored = await storeImage(photo, reviewer.id, 'bench.jpg', { altText: 'A harbour at dawn', caption: 'The harbour at dawn', credit: 'Newsroom Photo' });
  // The app's job runner makes the renditions, as after any upload.
  for (let i = 0; i < 600 && (await prisma.asset.findUniqueOrThrow({ where: { id: stored.id } })).status !== 'READY'; i++)
    await new Promise((r) => setTimeout(r, 100));
  const story = await saveStory(
    reviewer,
    ZSaveStory.parse({
      headline: `Ferries resume after the storm ${Date.now()}`,
      subheadline: 'Services restarted on Tuesday',
      slug: '',
      datelinePlace: 'Murmansk',
      datelineDate: '',
      credit: '',
      sectionId: '',
      topicId: '',
      priority: 'URGENT',
      language: 'en',
      tagIds: [],
      correctionNote: '',
      embargoUntil: '',
      liveCoverage: false,
      leadImageId: stored.id,
      baseVersion: 0,
      body: JSON.stringify(
        docFromParagraphs(['Ferry services resumed on Tuesday morning after two days of storms.', 'Officials said all routes would run to schedule.']),
      ),
    }),
  );
  await transitionStory(reviewer, { storyId: story.id, action: 'publishNow' });
  await prisma.$disconnect();

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, userAgent: 'Mozilla/5.0 (Linux; Android 14) Mobile' };
  const warm = await browser.newContext(phone);
  await (await warm.newPage()).goto(`${app.origin}/news/${story.slug}`, { waitUntil: 'networkidle' }); // the server's caches, not the phone's
  await warm.close();
  const context = await browser.newContext(phone);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const transferred = new Map<string, number>();
  const urls = new Map<string, string>();
  cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
  cdp.on('Network.loadingFinished', (event) => transferred.set(event.requestId, event.encodedDataLength));
  await page.goto(`${app.origin}/news/${story.slug}`, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  const chosen = await page.locator('.lead-image img').evaluate((img: HTMLImageElement) => img.currentSrc);
  const total = [...transferred.values()].reduce((a, b) => a + b, 0);
  const imageBytes = [...transferred].filter(([id]) => /\/media\//.test(urls.get(id) ?? '')).reduce((n, [, b]) => n + b, 0);
  rows.push({
    measure: 'story page with lead image, phone (390 px wide, 3× density)',
    value: `${(total / 1024).toFixed(1)} KiB transferred`,
    detail: `lead image ${(imageBytes / 1024).toFixed(1)} KiB (${chosen.split('/').pop()}), the rest ${((total - imageBytes) / 1024).toFixed(1)} KiB`,
  });
  await browser.close();
} finally {
  await app.stop();
}

const markdown = table(rows);
console.log(`\n${markdown}`);
if (process.env.BENCH_RECORD !== 'false') record('Photos: renditions per second and the story page with its lead image at phone width', markdown);
summarize('renditions of a 12 MP JPEG', String(rows[0]!.value), 'measured', null);
summarize('story page with lead image at phone width', String(rows[1]!.value), 'measured', null);

import path from 'node:path';
import { test, expect } from '../fixtures/test';
import { StoryEditorPage } from '../pages/story-editor-page';

const HARBOUR = path.resolve(import.meta.dirname, '../../tests/fixtures/photos/harbour.jpg');

test.use({ persona: 'reviewer' });

test('photos: upload to the library (metadata read from the file) → alt text → insert from the Library tab and as lead image → publish; readers get <picture> with srcset, AVIF/WebP, width/height, and the lead image as og:image', async ({
  page,
  browser,
}) => {
  test.slow();
  await page.goto('/desk');
  await page.getByRole('navigation').getByRole('link', { name: 'Media' }).click();
  await page.getByLabel('Image files').setInputFiles(HARBOUR);
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded; renditions are being made.' })).toBeVisible();
  await expect(page.getByRole('progressbar', { name: 'Upload of harbour.jpg' })).toBeVisible();

  // Caption and credit came from the file's IPTC/XMP.
  const card = page
    .getByRole('list', { name: 'Library' })
    .getByRole('listitem')
    .filter({ hasText: 'Ferries in the harbour of Murmansk at dawn — паромы в порту' })
    .first();
  await expect(card).toContainText('Newsroom Photo/Anna Petrova');
  await card.getByRole('link').click();
  await expect(page.getByLabel('Keywords')).toHaveValue('harbour, Murmansk, ferry');
  await page.getByLabel('Alt text').fill('Ferries moored at a pier in Murmansk at dawn');
  await page.getByRole('button', { name: 'Save image' }).click();
  await expect(page.getByText('Image saved.')).toBeVisible();
  await expect(async () => {
    await page.reload();
    await expect(page.getByText(/renditions ready/)).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 60_000 });

  // A story uses it in the body (Library tab) and as its lead image.
  const headline = `Ferries resume in Murmansk after the storm ${String(Date.now()).slice(-7)}`;
  await new StoryEditorPage(page).startNew();
  await page.getByLabel('Headline', { exact: true }).fill(headline);
  await page.getByLabel('Dateline place').fill('Murmansk');
  await page.getByLabel('Priority').selectOption('URGENT');
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('Ferry services resumed on Tuesday morning after two days of storms.');
  await page.getByRole('button', { name: 'Image', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Insert image' });
  await dialog.getByRole('tab', { name: 'Library' }).click();
  await dialog.getByLabel('Crop').selectOption('1x1'); // square where it is used here
  await dialog.getByLabel('Search images').fill('pier Murmansk');
  await dialog.getByRole('button', { name: 'Insert', exact: true }).first().click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Choose lead image' }).click();
  const lead = page.getByRole('dialog', { name: 'Choose lead image' });
  await lead.getByLabel('Search images').fill('Ferries moored');
  await lead.getByRole('button', { name: 'Use as lead image' }).first().click();
  await expect(page.getByRole('img', { name: 'The lead image' })).toBeVisible();
  await page.getByRole('button', { name: 'Publish now' }).click();
  await expect(page.getByText('Story published.')).toBeVisible();
  await page.reload();
  const storyPath = (await page.getByRole('link', { name: 'View published version' }).getAttribute('href'))!;

  const reader = await (await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 390, height: 844 } })).newPage();
  await reader.goto(storyPath);
  const leadPicture = reader.locator('.lead-image picture');
  await expect(leadPicture.locator('source[type="image/avif"]')).toHaveAttribute(
    'srcset',
    /\/media\/[0-9a-f-]+\/v\d+-original-320\.avif 320w, .*-640\.avif 640w/,
  );
  await expect(leadPicture.locator('source[type="image/webp"]')).toHaveAttribute('srcset', /320w, .* 640w/);
  const leadImg = leadPicture.locator('img');
  await expect(leadImg).toHaveAttribute('width', '640');
  await expect(leadImg).toHaveAttribute('height', '853');
  await expect(leadImg).toHaveAttribute('alt', 'Ferries moored at a pier in Murmansk at dawn');
  await expect(leadImg).toHaveAttribute('fetchpriority', 'high');
  // Caption and credit do not run together: the credit stands on its own line.
  const credit = reader.locator('.lead-image figcaption .credit');
  await expect(credit).toHaveText('Photo: Newsroom Photo/Anna Petrova');
  await expect(credit).toHaveCSS('display', 'block');
  const bodyImg = reader.locator('.story-body figure picture img');
  await expect(bodyImg).toHaveAttribute('loading', 'lazy');
  await expect(bodyImg).toHaveAttribute('srcset', /v\d+-1x1-320\.jpg 320w/);
  await expect(bodyImg).toHaveAttribute('width', '640');
  await expect(bodyImg).toHaveAttribute('height', '640');
  expect(await leadImg.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0 && /\.(avif|webp)$/.test(img.currentSrc))).toBe(true);
  await expect(reader.locator('meta[property="og:image"]')).toHaveAttribute('content', /^http.*\/media\/[0-9a-f-]+\/v\d+-social-1200\.jpg$/);
  await expect(reader.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  const social = await reader.request.get((await reader.locator('meta[property="og:image"]').getAttribute('content'))!);
  expect(social.headers()['content-type']).toBe('image/jpeg');
  const jsonLd = JSON.parse((await reader.locator('script[type="application/ld+json"]').textContent())!);
  expect(jsonLd.image[0]).toMatch(/social-1200\.jpg$/);

  // The home page opens with it as the lead story, its picture loaded at once.
  await reader.goto('/');
  const opening = reader.getByRole('article').filter({ hasText: headline });
  await expect(opening.locator('picture source[type="image/avif"]')).toHaveAttribute('srcset', /16x9-320\.avif 320w/);

  // Every feed carries the picture with absolute addresses, which load away from the site.
  const feeds = {
    rss: await (await reader.request.get('/rss.xml')).text(),
    atom: await (await reader.request.get('/atom.xml')).text(),
    json:
      ((await (await reader.request.get('/feed.json')).json()) as { items: { title: string; content_html: string }[] }).items.find(
        (item) => item.title === headline,
      )?.content_html ?? '',
  };
  for (const [format, text] of Object.entries(feeds)) {
    const item = format === 'json' ? text : text.slice(text.indexOf(headline));
    const html =
      format === 'json'
        ? item
        : item
            .slice(0, item.indexOf(format === 'rss' ? '</item>' : '</entry>'))
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/&amp;/g, '&');
    const addresses = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)]
      .map((m) => m[1]!)
      .concat([...html.matchAll(/\ssrcset="([^"]*)"/g)].flatMap((m) => m[1]!.split(',').map((c) => c.trim().split(/\s+/)[0]!)));
    expect(addresses.filter((a) => a.includes('/media/')).length, format).toBeGreaterThan(1);
    for (const address of addresses) expect(address, `${format}: ${address}`).toMatch(/^https?:\/\//);
    const img = /<img [^>]*src="([^"]+)"/.exec(html)![1]!;
    const picture = await reader.request.get(img);
    expect(picture.status(), format).toBe(200);
    expect(picture.headers()['content-type']).toMatch(/^image\//);
  }
  await reader.context().close();
});

test('the library’s dates are the desk’s one date field: YYYY-MM-DD in newsroom time, never the browser’s picker', async ({ page }) => {
  const PIXEL = path.resolve(import.meta.dirname, '../fixtures/pixel.png');
  await page.goto('/desk/media');
  await page.getByLabel('Image files').setInputFiles(PIXEL);
  await expect(page.getByRole('status').filter({ hasText: 'Uploaded; renditions are being made.' })).toBeVisible();
  await page.reload();
  const search = page.getByRole('search', { name: 'Images' });
  for (const label of ['Uploaded from', 'to']) {
    await expect(search.getByLabel(label, { exact: true })).toHaveAttribute('type', 'text');
    await expect(search.getByLabel(label, { exact: true })).toHaveAttribute('placeholder', 'YYYY-MM-DD');
  }
  // The newest image's upload time, on the one clock: its day filters the library to it.
  const newest = page.getByRole('list', { name: 'Library' }).getByRole('listitem').first();
  const day = (/(\d{4}-\d{2}-\d{2}) \d{2}:\d{2} MSK/.exec((await newest.textContent()) ?? '') ?? [])[1]!;
  expect(day).toBeTruthy();
  await search.getByLabel('Uploaded from', { exact: true }).fill(day);
  await search.getByLabel('to', { exact: true }).fill(day);
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByRole('list', { name: 'Library' }).getByRole('listitem').first()).toContainText(day);
  await search.getByLabel('Uploaded from', { exact: true }).fill('2001-01-01');
  await search.getByLabel('to', { exact: true }).fill('2001-01-02');
  await search.getByRole('button', { name: 'Search' }).click();
  await expect(page.getByText('No images match.')).toBeVisible();

  await page.goto('/desk/media');
  await page.getByRole('list', { name: 'Library' }).getByRole('listitem').first().getByRole('link').click();
  const rights = page.getByLabel('Usage rights expire on');
  await expect(rights).toHaveAttribute('type', 'text');
  await expect(rights).toHaveAttribute('placeholder', 'YYYY-MM-DD');
  await rights.fill('12/31/2099');
  await page.getByRole('button', { name: 'Save image' }).click();
  await expect(page.getByText('Use a day like 2027-01-31 (YYYY-MM-DD).')).toBeVisible();
  await rights.fill('2099-12-31');
  await page.getByRole('button', { name: 'Save image' }).click();
  await expect(page.getByText(/Image saved/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Usage rights expire on')).toHaveValue('2099-12-31');
});

import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';

test.use({ persona: 'admin' });

const newsItem = (guid: string, headline: string) => `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${guid}" version="1" standard="NewsML-G2" standardversion="2.35" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-11-28T09:00:00Z</versionCreated></itemMeta>
  <contentMeta><urgency>2</urgency><located><name>Vladivostok</name></located><headline>${headline}</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>
    <p>The forum opened in Vladivostok on Tuesday with delegations from 60 countries.</p><script>alert(1)</script>
  </body></html></inlineXML></contentSet>
</newsItem>`;

test('an admin issues a key; an agency sends copy with it; an editor uses the item, edits and submits it', async ({ page, browser, request }) => {
  await page.goto('/desk');
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('button', { name: 'Admin' }).click();
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'API keys' }).click();
  await page.getByLabel('Name').fill('Far East Wire');
  await page.getByRole('checkbox', { name: 'Read stories (embargoed copy included)' }).uncheck();
  await page.getByRole('checkbox', { name: 'Send wire copy' }).check();
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = (await page.getByTestId('new-api-key').textContent())!.trim();
  expect(key).toMatch(/^nr_/);
  // The key may send copy, not read embargoed stories.
  expect((await request.get('/api/v1/stories', { headers: { authorization: `Bearer ${key}` } })).status()).toBe(403);

  const headline = `Eastern Economic Forum opens in Vladivostok ${Date.now()}`;
  const xml = newsItem(`urn:far-east-wire:${Date.now()}`, headline);
  expect((await request.post('/api/v1/ingest', { data: xml, headers: { 'content-type': 'application/xml' } })).status()).toBe(401);
  const accepted = await request.post('/api/v1/ingest', { data: xml, headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` } });
  expect(accepted.status()).toBe(201);
  expect(await accepted.json()).toMatchObject({ format: 'newsml', imported: 1, items: [{ source: 'Far East Wire', status: 'imported' }] });
  const again = await request.post('/api/v1/ingest', { data: xml, headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` } });
  expect(await again.json()).toMatchObject({ imported: 0, unchanged: 1 });

  // Bad input: a precise refusal each time.
  const post = (data: string | Buffer, type: string) =>
    request.post('/api/v1/ingest', { data, headers: { 'content-type': type, authorization: `Bearer ${key}` } });
  const malformed = await post('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentMeta>', 'application/xml');
  expect(malformed.status()).toBe(400);
  expect((await malformed.json()).error).toMatch(/^Malformed XML/);
  expect((await post('GIF89a', 'image/gif')).status()).toBe(415);
  expect((await post(Buffer.alloc(50 * 1024 * 1024, 0x20), 'application/xml')).status()).toBe(413);

  // The editor finds it on the incoming desk and uses it.
  const context = await browser.newContext({ storageState: storageStateFor('editor') });
  const editor = await context.newPage();
  await editor.goto('/desk');
  await editor.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Incoming wire' }).click();
  const item = editor.getByRole('list', { name: 'Incoming wire items' }).getByRole('listitem').filter({ hasText: headline });
  await expect(item).toContainText('Far East Wire');
  await expect(item).toContainText('urgency 2');
  await item.getByRole('link', { name: headline }).click();
  await expect(editor.getByRole('heading', { level: 1, name: headline })).toBeVisible();
  await expect(editor.getByRole('article')).not.toContainText('alert(1)');
  await editor.getByRole('button', { name: 'Use' }).click();
  await expect(editor).toHaveURL(/\/desk\/stories\/[a-z0-9]+$/);
  await expect(editor.getByLabel('Headline', { exact: true })).toHaveValue(headline);
  await expect(editor.getByLabel('Credit')).toHaveValue('Far East Wire');
  await expect(editor.getByLabel('Priority')).toHaveValue('URGENT');
  await expect(editor.getByRole('region', { name: 'Wire source' })).toContainText('From wire copy: Far East Wire · version 1');
  await editor.getByLabel('Headline', { exact: true }).fill(`${headline}: 60 countries attend`);
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible();
  await editor.getByRole('button', { name: 'Submit for review' }).click();
  await expect(editor.getByText('Story in review.')).toBeVisible();
  await editor.goto('/desk/incoming');
  await expect(editor.getByRole('list', { name: 'Incoming wire items' }).getByRole('listitem').filter({ hasText: headline })).toContainText('In use');
  await context.close();

  // Revoked keys stop working at once.
  await page.reload();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: 'Revoke Far East Wire' }).first().click();
  await expect(page.getByRole('table', { name: 'API keys' }).getByRole('row').filter({ hasText: 'Far East Wire' })).toContainText('revoked');
  expect(
    (
      await request.post('/api/v1/ingest', {
        data: newsItem('urn:late', 'Late'),
        headers: { 'content-type': 'application/xml', authorization: `Bearer ${key}` },
      })
    ).status(),
  ).toBe(401);
  // A revoked key on the read API is refused too, never served the anonymous view.
  expect((await request.get('/api/v1/stories', { headers: { authorization: `Bearer ${key}` } })).status()).toBe(401);
  expect((await request.get('/api/v1/stories', { headers: { authorization: 'Bearer nr_unknown' } })).status()).toBe(401);
});

test('the stories API gives readers what the site shows and subscribers embargoed copy too', async ({ page, request }) => {
  const open = await request.get('/api/v1/stories');
  expect(open.status()).toBe(200);
  const publicItems = (await open.json()).items as { uri: string; headlines: { value: string }[]; embargoed?: string }[];
  const headlines = publicItems.map((i) => i.headlines[0]!.value);
  expect(headlines).toContain('Bank of Russia keeps key rate unchanged');
  expect(headlines).not.toContain('Central bank report embargoed until next month');
  expect(headlines).not.toContain('Minsk talks postponed, sources say');

  await page.goto('/desk/api-keys');
  await page.getByLabel('Name').fill(`Subscriber ${Date.now()}`);
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = (await page.getByTestId('new-api-key').textContent())!.trim();
  const subscribed = (await (await request.get('/api/v1/stories', { headers: { authorization: `Bearer ${key}` } })).json()).items as typeof publicItems;
  const embargoed = subscribed.find((i) => i.headlines[0]!.value === 'Central bank report embargoed until next month');
  expect(embargoed?.embargoed).toBeTruthy();

  const id = embargoed!.uri.split(':').at(-1)!;
  expect((await request.get(`/api/v1/stories/${id}`)).status()).toBe(404);
  const xml = await request.get(`/api/v1/stories/${id}/newsml`, { headers: { 'x-api-key': key } });
  expect(xml.headers()['content-type']).toContain('application/vnd.iptc.g2.newsitem+xml');
  expect(await xml.text()).toContain('<embargoed>');
  expect((await request.get('/api/v1/stories?since=yesterday')).status()).toBe(400);
});

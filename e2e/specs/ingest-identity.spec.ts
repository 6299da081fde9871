import { test, expect } from '../fixtures/test';

test.use({ persona: 'admin' });

const ninjs = (guid: string, holder: string, headline: string, extra: Record<string, unknown> = {}) =>
  JSON.stringify({
    uri: guid,
    type: 'text',
    version: '1',
    copyrightholder: holder,
    headlines: [{ role: 'main', value: headline }],
    body_html: `<p>${headline}: the story.</p>`,
    ...extra,
  });

test('an admin limits a key to its sources on the key page; no key can file copy as another agency', async ({ page, request }) => {
  test.slow(); // two keys, six documents, three page loads
  const stamp = Date.now();
  const createKey = async (name: string, sources: string) => {
    await page.getByLabel('Name').fill(name);
    await page.getByRole('checkbox', { name: 'Read stories (embargoed copy included)' }).uncheck();
    await page.getByRole('checkbox', { name: 'Send wire copy' }).check();
    if (sources) await page.getByLabel('Sources it may send copy for').fill(sources);
    await page.getByRole('button', { name: 'Create key' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Key for ${name}` })).toBeVisible();
    return (await page.getByTestId('new-api-key').textContent())!.trim();
  };
  const send = (key: string, body: string) =>
    request.post('/api/v1/ingest', { data: body, headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` } });

  await page.goto('/desk/api-keys');
  const agency = `Agency ${stamp}`;
  const agencyKey = await createKey(`${agency} service`, agency);
  const guid = `urn:agency:${stamp}`;
  const first = await send(agencyKey, ninjs(guid, agency, `Harbour reopens ${stamp}`));
  expect(first.status()).toBe(201);
  expect(await first.json()).toMatchObject({ items: [{ source: agency, status: 'imported' }] });
  // Copy naming another agency is refused for this key.
  const other = await send(agencyKey, ninjs(`urn:other:${stamp}`, 'Another Agency', 'Not ours'));
  expect(other.status()).toBe(403);
  expect((await other.json()).error).toBe(`This key may send copy only for ${agency}; this item names Another Agency.`);

  // A key without sources files what it sends under its own name: its "kill" of the agency's guid is its own item.
  const partner = `Partner ${stamp}`;
  const partnerKey = await createKey(partner, '');
  const spoof = await send(partnerKey, ninjs(guid, agency, 'Spoofed headline', { version: '7', pubstatus: 'canceled' }));
  expect(await spoof.json()).toMatchObject({ items: [{ source: partner, status: 'imported' }] });
  await page.goto('/desk/incoming');
  const list = page.getByRole('list', { name: 'Incoming wire items' });
  await expect(list.getByRole('listitem').filter({ hasText: `Harbour reopens ${stamp}` })).toContainText(agency);
  await expect(list.getByRole('listitem').filter({ hasText: `Harbour reopens ${stamp}` })).not.toContainText(/killed/i);

  // The admin limits the partner's key afterwards, on the key page.
  await page.goto('/desk/api-keys');
  await expect(page.getByLabel(`Sources for ${agency} service`)).toHaveValue(agency);
  await page.getByLabel(`Sources for ${partner}`).fill(`${partner} Wire`);
  await page.getByRole('button', { name: `Save sources for ${partner}` }).click();
  await expect(page.getByText('Sources saved.')).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(`Sources for ${partner}`)).toHaveValue(`${partner} Wire`);
  expect((await send(partnerKey, ninjs(guid, agency, 'Spoofed again', { version: '8', pubstatus: 'canceled' }))).status()).toBe(403);
  const own = await send(partnerKey, ninjs(`urn:partner:${stamp}`, `${partner} Wire`, 'Partner copy'));
  expect(await own.json()).toMatchObject({ items: [{ source: `${partner} Wire`, status: 'imported' }] });
});

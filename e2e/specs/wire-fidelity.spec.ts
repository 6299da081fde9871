import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';

test.use({ persona: 'admin' });

test('an item sent without headline or language arrives flagged, in its own language, and a draft keeps it', async ({ page, browser, request }) => {
  await page.goto('/desk/api-keys');
  await page.getByLabel('Name').fill('Agência de teste');
  await page.getByRole('checkbox', { name: 'Read stories (embargoed copy included)' }).uncheck();
  await page.getByRole('checkbox', { name: 'Send wire copy' }).check();
  await page.getByRole('button', { name: 'Create key' }).click();
  const key = (await page.getByTestId('new-api-key').textContent())!.trim();

  const stamp = Date.now();
  const text = `A Câmara de Lisboa aprovou hoje ${stamp} um pacote de medidas para as famílias com rendimentos mais baixos. O pacote inclui passes sociais mais baratos e o acesso a bicicletas partilhadas.`;
  const ninjs = { uri: `urn:agencia:${stamp}`, type: 'text', body_html: `<p>${text}</p><p>A oposição criticou o plano.</p>` };
  const sent = await request.post('/api/v1/ingest', {
    data: JSON.stringify(ninjs),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
  });
  expect(sent.status()).toBe(201);

  const context = await browser.newContext({ storageState: storageStateFor('editor') });
  const editor = await context.newPage();
  await editor.goto('/desk/incoming');
  const headline = `A Câmara de Lisboa aprovou hoje ${stamp} um pacote de medidas para as famílias com rendimentos mais baixos`;
  const row = editor.getByRole('list', { name: 'Incoming wire items' }).getByRole('listitem').filter({ hasText: headline });
  await expect(row).toContainText('Headline missing');
  await row.getByRole('link', { name: headline }).click();
  await expect(editor.getByRole('list', { name: 'Checks for the desk' })).toContainText('made from the first sentence');
  await expect(editor.getByRole('definition').filter({ hasText: /^pt$/ })).toBeVisible();

  await editor.getByRole('button', { name: 'Use' }).click();
  await expect(editor).toHaveURL(/\/desk\/stories\/[a-z0-9]+$/);
  await expect(editor.getByLabel('Language')).toHaveValue('pt');
  await expect(editor.getByLabel('Language').locator('option:checked')).toHaveText('Portuguese');
  await context.close();
});

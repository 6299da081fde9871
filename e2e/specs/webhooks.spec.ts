import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { test, expect } from '../fixtures/test';
import { verifySignature } from '../../lib/webhooks/signature';

type Received = { headers: IncomingMessage['headers']; body: string };

/** The partner: a local endpoint that fails its first request with a 500, then accepts. */
async function startPartner() {
  const received: Received[] = [];
  let answered = 0;
  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      received.push({ headers: req.headers, body });
      res.writeHead(answered++ === 0 ? 500 : 204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { received, server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/newsroom-${Date.now()}` };
}

test.describe('as an admin', () => {
  test.use({ persona: 'admin' });

  test('a partner’s webhook hears of a FLASH at once, signed; a 500 is retried, the log shows it, and Redeliver sends it again', async ({ page }) => {
    const partner = await startPartner();
    try {
      await page.goto('/desk');
      await page.getByRole('navigation', { name: 'Desk' }).getByRole('button', { name: 'Admin' }).click();
      await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Webhooks' }).click();
      await page.getByLabel('Endpoint URL').fill('ftp://partner.example/hook');
      await page.getByRole('button', { name: 'Add webhook' }).click();
      await expect(page.getByText('Use an http or https address.')).toBeVisible();
      await page.getByLabel('Endpoint URL').fill(partner.url);
      await page.getByLabel('Description').fill('Partner portal');
      await page.getByRole('button', { name: 'Add webhook' }).click();
      const secret = (await page.getByTestId('webhook-secret').textContent())!.trim();
      expect(secret).toMatch(/^whsec_/);

      const headline = `Strong earthquake hits Kamchatka ${String(Date.now()).slice(-8)}`;
      await page.getByRole('navigation').getByRole('link', { name: 'New story' }).click();
      await page.getByLabel('Headline', { exact: true }).fill(headline);
      await page.getByLabel('Dateline place').fill('Petropavlovsk-Kamchatsky');
      await page.getByLabel('Priority').selectOption('FLASH');
      await page.getByRole('button', { name: 'Publish now' }).click();
      await expect(page.getByText('Story published.')).toBeVisible();

      // First attempt answered 500, the retry (about 3 s later) accepted.
      await expect.poll(() => partner.received.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
      for (const { headers, body } of partner.received.slice(0, 2)) {
        expect(headers['content-type']).toMatch(/^application\/json/);
        expect(verifySignature(secret, body, headers['x-newsroom-signature'] as string)).toBe(true);
        const sent = JSON.parse(body);
        expect(headers['x-newsroom-event']).toBe('story.published');
        expect(Number(headers['x-newsroom-timestamp'])).toBe(Math.floor(Date.parse(sent.sentAt) / 1000));
        expect(sent.data).toMatchObject({ headline, priority: 'FLASH', updateNumber: 0 });
      }

      await page.goto('/desk/webhooks');
      const log = page.getByRole('table', { name: `Deliveries to ${partner.url}` });
      await expect(async () => {
        await page.reload();
        await expect(log.getByRole('row').nth(1)).toContainText('delivered', { timeout: 1_000 });
      }).toPass({ timeout: 15_000 });
      await expect(log.getByRole('row').nth(1)).toContainText('story.published');
      await expect(log.getByRole('row').nth(1).getByRole('cell').nth(3)).toHaveText('2');
      await log.getByRole('row').nth(1).getByRole('button', { name: 'Redeliver' }).click();
      await expect.poll(() => partner.received.length, { timeout: 15_000 }).toBe(3);
      expect(JSON.parse(partner.received[2]!.body).data.headline).toBe(headline);

      page.once('dialog', (dialog) => void dialog.accept());
      await page
        .getByRole('region', { name: `Webhook ${partner.url}` })
        .getByRole('button', { name: 'Delete webhook' })
        .click();
      await expect(page.getByRole('region', { name: `Webhook ${partner.url}` })).toHaveCount(0);
    } finally {
      partner.server.close();
    }
  });
});

test('an editor has no webhooks page', async ({ browser }) => {
  const context = await browser.newContext({ storageState: 'e2e/.auth/editor.json' });
  const page = await context.newPage();
  await page.goto('/desk');
  await expect(page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Webhooks' })).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Desk' }).getByRole('button', { name: 'Admin' })).toHaveCount(0);
  await page.goto('/desk/webhooks');
  await expect(page.getByRole('heading', { name: 'Webhooks' })).toHaveCount(0);
  await context.close();
});

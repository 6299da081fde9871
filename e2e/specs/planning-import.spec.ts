import type { Page } from '@playwright/test';
import { test, expect } from '../fixtures/test';

test.use({ persona: 'reviewer' });

const moscowDay = (days: number) => new Date(Date.now() + days * 86_400_000 + 3 * 3_600_000).toISOString().slice(0, 10);
const compact = (day: string) => day.replace(/-/g, '');
const calendar = (events: string) => `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//e2e//planning//EN\r\n${events}END:VCALENDAR\r\n`;
const vevent = (uid: string, summary: string, start: string, extra = '') =>
  `BEGIN:VEVENT\r\nUID:${uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Moscow:${start}\r\nSUMMARY:${summary}\r\n${extra}END:VEVENT\r\n`;

async function importFile(page: Page, name: string, content: string | Buffer) {
  await page.goto('/desk/planning/import');
  await page.getByLabel('iCalendar file').setInputFiles({ name, mimeType: 'text/calendar', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
  await page.getByRole('button', { name: 'Import' }).click();
}

test('an iCalendar file is imported with its repeats expanded; again, it updates instead of doubling', async ({ page }) => {
  const day = compact(moscowDay(12));
  const run = Date.now();
  const file = calendar(
    vevent(`talks-${run}@e2e`, `Court ruling ${run}`, `${day}T100000`, 'LOCATION:Supreme Court\\, Moscow\r\n') +
      vevent(`weekly-${run}@e2e`, `Weekly briefing ${run}`, `${day}T110000`, 'RRULE:FREQ=WEEKLY;COUNT=3\r\nDURATION:PT30M\r\n'),
  );
  await importFile(page, 'court.ics', file);
  await expect(page.getByRole('form', { name: 'Import iCalendar' }).getByRole('status')).toHaveText('Imported court.ics: 4 events added, 0 updated.');
  await importFile(page, 'court.ics', file);
  await expect(page.getByRole('form', { name: 'Import iCalendar' }).getByRole('status')).toHaveText('Imported court.ics: 0 events added, 4 updated.');
  await page.goto(`/desk/planning?view=list&date=${moscowDay(12)}`);
  await expect(page.getByRole('link', { name: `Weekly briefing ${run}` })).toHaveCount(3);
  await expect(page.getByRole('link', { name: `Court ruling ${run}` })).toHaveCount(1);
});

test('a file of 30,000 events is cut to 2,000 with a message; garbage, recursion and 6 MB are refused with one', async ({ page }) => {
  test.slow(); // five uploads, one of 4 MB
  const day = compact(moscowDay(300));
  const many = calendar(
    Array.from({ length: 30_000 }, (_, i) => vevent(`bulk-${i}@e2e`, `Bulk ${i}`, `${day}T${String(i % 24).padStart(2, '0')}0000`)).join(''),
  );
  await importFile(page, 'bulk.ics', many);
  await expect(page.getByRole('form', { name: 'Import iCalendar' }).getByRole('status')).toHaveText('Imported bulk.ics: 2000 events added, 0 updated.', {
    timeout: 30_000,
  });
  await expect(page.getByRole('list', { name: 'Import notes' })).toContainText('The file holds 30,000 events; only the first 2,000 were read.');

  await importFile(page, 'garbage.ics', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  await expect(page.getByRole('form', { name: 'Import iCalendar' }).getByRole('alert')).toContainText('That is not an iCalendar file');
  await importFile(page, 'deep.ics', calendar('BEGIN:X-NEST\r\n'.repeat(5000) + 'END:X-NEST\r\n'.repeat(5000)));
  await expect(page.getByRole('form', { name: 'Import iCalendar' }).getByRole('alert')).toContainText('nests components more than 8 levels deep');
  await importFile(page, 'huge.ics', Buffer.alloc(6 * 1024 * 1024, 'A'));
  await expect(page.getByRole('form', { name: 'Import iCalendar' }).getByRole('alert')).toContainText('calendars can be at most 5 MB');
  // The server refuses it too, without reading it, when the browser's check is skipped.
  const response = await page.request.post('/desk/planning/import/file', {
    data: Buffer.alloc(6 * 1024 * 1024, 'A'),
    headers: { 'content-type': 'text/calendar' },
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({ ok: false, message: 'Calendars can be at most 5 MB.' });
});

test('Plan from this turns a wire item into an event that keeps the link', async ({ page }) => {
  await page.goto('/desk/incoming');
  const first = page.getByRole('list', { name: 'Incoming wire items' }).getByRole('link').first();
  const headline = (await first.textContent())!.trim();
  await first.click();
  await page.getByRole('link', { name: 'Plan from this' }).click();
  const form = page.getByRole('form', { name: 'Event' });
  await expect(form.getByLabel('Title')).toHaveValue(headline.slice(0, 200));
  await form.getByLabel('Starts').fill(`${moscowDay(3)} 12:00`);
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline.slice(0, 200));
  await expect(page.getByRole('link', { name: headline })).toBeVisible(); // "Wire copy"
});

test.describe('an editor may only see the plan', () => {
  test.use({ persona: 'editor' });
  test('no planning buttons; the planning pages and the import refuse', async ({ page }) => {
    await page.goto('/desk/planning');
    await expect(page.getByRole('heading', { name: 'Planning', level: 1 })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Add event' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Import iCalendar' })).toHaveCount(0);
    await page.goto('/desk/planning/events/new');
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
    const response = await page.request.post('/desk/planning/import/file', {
      data: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n',
      headers: { 'content-type': 'text/calendar' },
    });
    expect(response.status()).toBe(403);
  });
});

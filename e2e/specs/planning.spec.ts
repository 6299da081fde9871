import { test, expect } from '../fixtures/test';
import { storageStateFor } from '../fixtures/users';

test.use({ persona: 'reviewer' });

/** The newsroom's day (Europe/Moscow, UTC+3) `days` from now. */
const moscowDay = (days: number) => new Date(Date.now() + days * 86_400_000 + 3 * 3_600_000).toISOString().slice(0, 10);

test('a planner plans an event with coverage; the assignee starts the story; the budget shows it by desk, with CSV and print', async ({ page, browser }) => {
  test.slow(); // a whole morning's planning in one story: many pages, two browsers
  const day = moscowDay(9);
  const title = `Putin, Pashinyan talks ${Date.now()}`;
  await page.goto('/desk');
  await page.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'Planning' }).click();
  await expect(page.getByRole('heading', { name: 'Planning', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Add event' }).click();

  const form = page.getByRole('form', { name: 'Event' });
  await form.getByLabel('Title').fill(title);
  await form.getByLabel('Starts').fill(`${day} 15:00`);
  await form.getByLabel('Ends').fill(`${day} 14:00`);
  await form.getByLabel('Time zone').fill('Mars/Olympus_Mons');
  await form.getByLabel('Place').fill('Kremlin, Moscow');
  await form.getByLabel('Tags').fill('Vladimir Putin, Pashinyan');
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(form.getByText('“Mars/Olympus_Mons” is not a time zone. Use a name like Europe/Moscow or UTC.')).toBeVisible();
  await form.getByLabel('Time zone').fill('Europe/Moscow');
  await form.getByRole('button', { name: 'Save event' }).click();
  await expect(form.getByText('The event cannot end before it starts.')).toBeVisible();
  await expect(form.getByLabel('Title')).toHaveValue(title); // nothing typed is lost
  await form.getByLabel('Ends').fill(`${day} 17:00`);
  await form.getByRole('button', { name: 'Save event' }).click();

  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText(`${day} 15:00–17:00 MSK`)).toBeVisible();
  await expect(page.getByText('Vladimir Putin, Nikol Pashinyan')).toBeVisible();

  const coverage = page.getByRole('form', { name: 'Add coverage' });
  await coverage.getByLabel('Slug').fill('RUSSIA-ARMENIA-TALKS');
  await coverage.getByLabel('Due').fill(`${day} 18:00`);
  await coverage.getByLabel('Desk').selectOption({ label: 'World' });
  await coverage.getByLabel('Assignee').selectOption({ label: 'Elena Editor' });
  await coverage.getByLabel('Priority').selectOption('URGENT');
  await coverage.getByRole('button', { name: 'Add coverage' }).click();
  const line = page.getByRole('listitem', { name: 'Coverage RUSSIA-ARMENIA-TALKS' });
  await expect(line).toContainText('Assigned');
  await expect(line).toContainText('Assigned to Elena Editor');

  // A formula typed into a slug never runs in a spreadsheet.
  await coverage.getByLabel('Slug').fill('=HYPERLINK("http://evil.test","click")');
  await coverage.getByLabel('Due').fill(`${day} 19:00`);
  await coverage.getByRole('button', { name: 'Add coverage' }).click();
  await expect(page.getByRole('listitem', { name: /Coverage =HYPERLINK/ })).toBeVisible();

  // The week view shows the event on its day; the list view with its time.
  await page.goto(`/desk/planning?view=week&date=${day}`);
  await expect(page.getByRole('region', { name: new RegExp(day) }).getByRole('link', { name: title })).toBeVisible();
  await page.getByRole('link', { name: 'List', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Events' }).getByRole('link', { name: title })).toBeVisible();
  await page.getByRole('link', { name: 'Day', exact: true }).click();
  await expect(page.getByRole('region', { name: new RegExp(day) }).getByRole('link', { name: title })).toBeVisible();

  // The assignee (an editor) starts the story: it opens with the planned fields.
  const eventUrl = await page
    .getByRole('region', { name: new RegExp(day) })
    .getByRole('link', { name: title })
    .getAttribute('href');
  const editorContext = await browser.newContext({ storageState: storageStateFor('editor') });
  const editor = await editorContext.newPage();
  await editor.goto(eventUrl!);
  await editor.getByRole('listitem', { name: 'Coverage RUSSIA-ARMENIA-TALKS' }).getByRole('button', { name: 'Start story' }).click();
  await expect(editor).toHaveURL(/\/desk\/stories\/[a-z0-9]+$/);
  await expect(editor.getByLabel('Headline', { exact: true })).toHaveValue(title);
  await editor.goto(eventUrl!);
  await expect(editor.getByRole('listitem', { name: 'Coverage RUSSIA-ARMENIA-TALKS' })).toContainText('In progress');
  await expect(editor.getByRole('listitem', { name: 'Coverage RUSSIA-ARMENIA-TALKS' }).getByRole('link', { name: 'Open story' })).toBeVisible();
  await expect(editor.getByRole('link', { name: 'Add event' })).toHaveCount(0);

  // The budget of that day: by desk, by deadline; "Mine" for the editor.
  await editor.goto(`/desk/planning/budget?date=${day}&mine=on`);
  const world = editor.getByRole('table', { name: 'Budget: World' });
  await expect(world.getByRole('row', { name: /RUSSIA-ARMENIA-TALKS/ })).toContainText('In progress');
  await expect(editor.getByRole('row', { name: /HYPERLINK/ })).toHaveCount(0);
  await editorContext.close();

  await page.goto(`/desk/planning/budget?date=${day}`);
  const rows = page.getByRole('table', { name: 'Budget: No desk' }).getByRole('row');
  await expect(rows.nth(1)).toContainText('HYPERLINK');
  await expect(page.getByRole('button', { name: 'Print' })).toBeVisible();
  const csvHref = await page.getByRole('link', { name: 'Export CSV' }).getAttribute('href');
  const csv = await (await page.request.get(csvHref!)).text();
  expect(csv).toContain(`World,${day} 18:00 MSK,RUSSIA-ARMENIA-TALKS,"${title}",en,URGENT,Elena Editor,"${title}",In progress`);
  expect(csv).toContain(`'=HYPERLINK`);
  expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);

  // Printed, the budget is the page: no desk header, no filters.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Desk' })).toBeHidden();
  await expect(page.getByRole('form', { name: 'Filter the budget' })).toBeHidden();
  await expect(page.getByRole('table', { name: 'Budget: World' })).toBeVisible();
});

test('what is late is red and says Overdue; filters narrow the budget', async ({ page }) => {
  test.slow();
  const day = moscowDay(-2); // two days ago: late, but past the job's window, so nobody is notified
  const run = String(Date.now()).slice(-6);
  const add = async (slug: string, time: string, fields: { status?: string; language?: string } = {}) => {
    await page.goto('/desk/planning/coverage/new');
    const form = page.getByRole('form', { name: 'Add coverage' });
    await form.getByLabel('Slug').fill(slug);
    await form.getByLabel('Due').fill(`${day} ${time}`);
    if (fields.status) await form.getByLabel('Status').selectOption({ label: fields.status });
    if (fields.language) await form.getByLabel('Language').selectOption({ label: fields.language });
    await form.getByRole('button', { name: 'Add coverage' }).click();
    await expect(page.getByRole('heading', { name: slug, level: 1 })).toBeVisible();
  };
  await add(`LATE-${run}`, '10:00', { status: 'In progress' });
  await add(`FILED-${run}`, '09:00', { status: 'Filed' });
  await add(`RU-${run}`, '11:00', { language: 'Russian' });

  await page.goto(`/desk/planning/budget?date=${day}`);
  const late = page.getByRole('row', { name: new RegExp(`LATE-${run}`) });
  await expect(late).toContainText('Overdue');
  await expect(late).toHaveClass('late');
  await expect(late).toHaveCSS('color', 'rgb(153, 27, 27)'); // red
  await expect(page.getByRole('row', { name: new RegExp(`FILED-${run}`) })).not.toContainText('Overdue');
  // By deadline within the desk.
  const slugs = await page.getByRole('table', { name: 'Budget: No desk' }).getByRole('rowheader').allTextContents();
  expect(slugs.filter((s) => s.endsWith(run))).toEqual([`FILED-${run}`, `LATE-${run}`, `RU-${run}`]);

  await page.getByLabel('Status').selectOption({ label: 'Filed' });
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('row', { name: new RegExp(`FILED-${run}`) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`LATE-${run}`) })).toHaveCount(0);
  await page.goto(`/desk/planning/budget?date=${day}&language=ru`);
  await expect(page.getByRole('row', { name: new RegExp(`RU-${run}`) })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(`LATE-${run}`) })).toHaveCount(0);
});

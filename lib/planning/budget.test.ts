import { describe, expect, it } from 'vitest';
import { groupBudget, type BudgetLine } from './budget';
import { addDays, daysOf, daysRange, weekStart } from './calendar';
import { describeEventTime } from './event-times';

const line = (slug: string, due: string, section: BudgetLine['section'], status: BudgetLine['status'] = 'ASSIGNED'): BudgetLine => ({
  id: slug,
  slug,
  headline: '',
  language: 'en',
  priority: 'ROUTINE',
  status,
  dueAt: new Date(due),
  section,
  assignee: null,
  event: null,
  story: null,
  note: '',
});
const world = { id: 'w', name: 'World', position: 0 };
const sports = { id: 's', name: 'Sports', position: 5 };

describe('the budget', () => {
  it('groups by desk in the sections’ order, no desk last, each by deadline; late open lines are overdue', () => {
    const now = new Date('2021-07-07T12:00:00Z');
    const groups = groupBudget(
      [
        line('ZENIT', '2021-07-07T18:00:00Z', sports),
        line('TALKS-2', '2021-07-07T16:00:00Z', world),
        line('NOBODY', '2021-07-07T09:00:00Z', null),
        line('TALKS-1', '2021-07-07T11:00:00Z', world),
        line('FILED-LATE', '2021-07-07T10:00:00Z', world, 'FILED'),
      ],
      now,
    );
    expect(groups.map((g) => [g.desk, g.lines.map((l) => `${l.slug}${l.overdue ? '!' : ''}`)])).toEqual([
      ['World', ['FILED-LATE', 'TALKS-1!', 'TALKS-2']],
      ['Sports', ['ZENIT']],
      ['No desk', ['NOBODY!']],
    ]);
  });
});

describe('calendar days', () => {
  it('runs weeks from Monday and days in the newsroom zone', () => {
    expect(weekStart('2021-07-07')).toBe('2021-07-05');
    expect(weekStart('2021-07-11')).toBe('2021-07-05');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(daysRange('2021-07-07', 1, 'Europe/Moscow')).toEqual({ from: new Date('2021-07-06T21:00:00Z'), to: new Date('2021-07-07T21:00:00Z') });
    expect(daysOf({ startsAt: new Date('2021-07-08T21:00:00Z'), endsAt: new Date('2021-07-10T21:00:00Z') }, 'Europe/Moscow')).toEqual([
      '2021-07-09',
      '2021-07-10',
    ]);
  });
  it('says when an event happens in its zone and on the newsroom clock', () => {
    const talks = { startsAt: new Date('2021-07-07T12:00:00Z'), endsAt: new Date('2021-07-07T14:00:00Z'), allDay: false, timeZone: 'Europe/Moscow' };
    expect(describeEventTime(talks, 'Europe/Moscow')).toBe('2021-07-07 15:00–17:00 MSK');
    expect(describeEventTime({ ...talks, timeZone: 'Asia/Yerevan' }, 'Europe/Moscow')).toBe('2021-07-07 16:00–18:00 GMT+4 (2021-07-07 15:00 MSK here)');
  });
});

describe('the budget rows as HTML', () => {
  it('escapes every value and marks late lines', async () => {
    const { budgetRowData, budgetRowsHtml } = await import('./budget-html');
    const hostile = '<img src=x onerror=alert(1)>"&\'';
    const html = budgetRowsHtml(
      budgetRowData(
        [
          {
            ...line(hostile, '2021-07-07T09:00:00Z', null, 'IN_PROGRESS'),
            headline: hostile,
            overdue: true,
            assignee: { id: 'u', name: hostile },
            event: { id: 'e"x', title: hostile },
            story: { id: 's', status: 'DRAFT' },
          },
        ],
        'Europe/Moscow',
        false,
      ),
    );
    expect(html).not.toContain('<img');
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;&quot;&amp;'");
    expect(html).toContain('href="/desk/planning/events/e&quot;x"');
    expect(html).toMatch(/^<tr class="late"><td>12:00 MSK<\/td><th scope="row">/);
    expect(html).toContain('<span class="st od">Overdue</span>');
  });
});

describe('the budget rows packed for the browser', () => {
  it('come back as the same rows, a tab or line break inside a value shown as a space', async () => {
    const { budgetRowData, budgetRowsHtml, packBudgetRows, unpackBudgetRows } = await import('./budget-html');
    const hostile = 'a\tb\nc\r\n<i>"&\'\u2028é—';
    const rows = budgetRowData(
      [
        { ...line('SLUG\tONE', '2021-07-07T09:00:00Z', null, 'FILED'), headline: hostile, overdue: true, assignee: { id: 'u', name: hostile } },
        {
          ...line('SLUG-TWO', '2021-07-07T10:00:00Z', null, 'PLANNED'),
          overdue: false,
          event: { id: 'e', title: hostile },
          story: { id: 's', status: 'DRAFT' },
        },
        { ...line('', '2021-07-07T11:00:00Z', null, 'CANCELLED'), headline: '', overdue: false },
      ],
      'Europe/Moscow',
      true,
    );
    const unpacked = unpackBudgetRows(packBudgetRows(rows));
    const spaced = rows.map((row) => row.map((v) => (typeof v === 'string' ? v.replace(/[\t\n\r]/g, ' ') : v)));
    expect(unpacked).toEqual(spaced);
    expect(budgetRowsHtml(unpacked)).toBe(budgetRowsHtml(spaced as typeof rows));
    expect(unpacked[0]![11]).toBe(1);
    expect(unpacked[1]![11]).toBe(0);
    expect(unpackBudgetRows(packBudgetRows([]))).toEqual([]);
  });
});

import { deskInstantFormatter } from '@/lib/time/desk-clock';
import { escapeXmlAttr } from '@/lib/xml/writer';
import type { BudgetGroup } from './budget';
import { COVERAGE_STATUS_LABELS, type CoverageStatus } from './labels';

const esc = escapeXmlAttr; // quotes too: every value below may sit in an attribute or in text

/**
 * One budget line as its row shows it, every value a plain string ('' for none). A tuple,
 * not an object: a week of 2,000 lines travels to the browser once as this data, and
 * property names would double it.
 */
export type BudgetRowData = [
  id: string,
  due: string,
  slug: string,
  headline: string,
  storyId: string,
  language: string,
  priority: string,
  assignee: string,
  eventId: string,
  eventTitle: string,
  status: CoverageStatus,
  overdue: 0 | 1,
];

/** The rows of one desk's table, due times on the newsroom clock (the day left out on a one-day budget). Pure. */
export function budgetRowData(lines: BudgetGroup['lines'], deskZone: string, showDay: boolean): BudgetRowData[] {
  const formatDue = deskInstantFormatter(deskZone);
  return lines.map((line) => {
    const due = formatDue(line.dueAt);
    return [
      line.id,
      showDay ? due : due.slice(11),
      line.slug,
      line.headline,
      line.story?.id ?? '',
      line.language,
      line.priority,
      line.assignee?.name ?? '',
      line.event?.id ?? '',
      line.event?.title ?? '',
      line.status,
      line.overdue ? 1 : 0,
    ];
  });
}

const BREAK = /[\t\n\r]/;
const BREAKS = /[\t\n\r]/g;

/**
 * A desk's rows as one string: fields split by tabs, rows by newlines (any tab or line
 * break inside a value becomes a space, which HTML shows the same way). Passed to the
 * browser this way, a week is a handful of strings in the page's flight data instead of
 * 24,000 values each quoted and escaped twice: 66 KiB less for a week, and far less for the
 * server to serialise and the browser to parse. Pure.
 */
export function packBudgetRows(rows: BudgetRowData[]): string {
  let packed = '';
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (r) packed += '\n';
    for (let i = 0; i < row.length; i++) {
      const value = String(row[i]);
      if (i) packed += '\t';
      packed += BREAK.test(value) ? value.replace(BREAKS, ' ') : value;
    }
  }
  return packed;
}

/** `packBudgetRows` undone. Pure. */
export function unpackBudgetRows(packed: string): BudgetRowData[] {
  if (!packed) return [];
  return packed.split('\n').map((line) => {
    const f = line.split('\t');
    return [f[0]!, f[1]!, f[2]!, f[3]!, f[4]!, f[5]!, f[6]!, f[7]!, f[8]!, f[9]!, f[10] as CoverageStatus, f[11] === '1' ? 1 : 0];
  });
}

/**
 * The rows as HTML, every value escaped. Written as React elements each line was ten
 * elements, rendered and then serialised twice (the HTML and the flight data), which cost
 * seconds for a week; as one string built from the compact rows, on the server for the
 * page's HTML and in the browser from the same data, the markup (a row header per line,
 * links, the Overdue mark) is the same and costs milliseconds. Pure.
 */
export function budgetRowsHtml(rows: BudgetRowData[]): string {
  let html = '';
  for (const [id, due, slug, headline, storyId, language, priority, assignee, eventId, eventTitle, status, overdue] of rows) {
    const title = storyId ? `<a href="/desk/stories/${esc(storyId)}">${esc(headline || 'Open story')}</a>` : esc(headline);
    const mark = priority === 'ROUTINE' ? 'Routine' : `<b class="${priority === 'FLASH' ? 'p-f' : 'p-u'}">${esc(priority)}</b>`;
    const event = eventId ? `<a href="/desk/planning/events/${esc(eventId)}">${esc(eventTitle)}</a>` : '—';
    html +=
      `<tr${overdue ? ' class="late"' : ''}><td>${esc(due)}</td>` +
      `<th scope="row"><a href="/desk/planning/coverage/${esc(id)}">${esc(slug)}</a></th>` +
      `<td>${title}</td><td>${esc(language)}</td><td>${mark}</td><td>${assignee ? esc(assignee) : '<i>Unassigned</i>'}</td><td>${event}</td>` +
      `<td><span class="st st-${esc(status)}">${esc(COVERAGE_STATUS_LABELS[status])}</span>${overdue ? ' <span class="st od">Overdue</span>' : ''}</td></tr>`;
  }
  return html;
}

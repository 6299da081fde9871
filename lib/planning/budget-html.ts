import { formatDeskInstant } from '@/lib/time/desk-clock';
import { escapeXmlAttr } from '@/lib/xml/writer';
import type { BudgetGroup } from './budget';
import { COVERAGE_STATUS_LABELS } from './labels';

const esc = escapeXmlAttr; // quotes too: every value below may sit in an attribute or in text

/**
 * The budget's rows as HTML, every value escaped. A week can hold 2,000 lines; written
 * as React elements each line was ten elements rendered and then serialised twice (the
 * HTML and the flight data), which cost seconds. As one string per desk the page renders
 * in a fraction of that, and the markup (a row header per line, links, the Overdue mark)
 * is the same. Pure.
 */
export function budgetRowsHtml(lines: BudgetGroup['lines'], deskZone: string, showDay: boolean): string {
  let html = '';
  for (const line of lines) {
    const due = formatDeskInstant(line.dueAt, deskZone);
    const headline = line.story ? `<a href="/desk/stories/${esc(line.story.id)}">${esc(line.headline || 'Open story')}</a>` : esc(line.headline);
    const priority = line.priority === 'ROUTINE' ? 'Routine' : `<b class="${line.priority === 'FLASH' ? 'p-f' : 'p-u'}">${esc(line.priority)}</b>`;
    const event = line.event ? `<a href="/desk/planning/events/${esc(line.event.id)}">${esc(line.event.title)}</a>` : '—';
    html += `<tr${line.overdue ? ' class="late"' : ''}><td>${esc(showDay ? due : due.slice(11))}</td>`
      + `<th scope="row"><a href="/desk/planning/coverage/${esc(line.id)}">${esc(line.slug)}</a></th>`
      + `<td>${headline}</td><td>${esc(line.language)}</td><td>${priority}</td><td>${line.assignee ? esc(line.assignee.name) : '<i>Unassigned</i>'}</td><td>${event}</td>`
      + `<td><span class="st st-${esc(line.status)}">${esc(COVERAGE_STATUS_LABELS[line.status])}</span>${line.overdue ? ' <span class="st od">Overdue</span>' : ''}</td></tr>`;
  }
  return html;
}

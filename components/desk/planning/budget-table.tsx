import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import type { BudgetGroup } from '@/lib/planning/budget';
import { COVERAGE_STATUS_LABELS } from '@/lib/planning/labels';
import { formatDeskInstant } from '@/lib/time/desk-clock';
import { STATUS_TONE } from './coverage-list';

/** The budget: one table per desk, each line by deadline, late lines in red with "Overdue". */
export function BudgetTables({ groups, deskZone, showDay }: { groups: BudgetGroup[]; deskZone: string; showDay: boolean }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`desk-${group.key || 'none'}`} className="break-inside-avoid-page">
          <h2 id={`desk-${group.key || 'none'}`} className="mb-2 text-lg font-semibold">{group.desk} <span className="text-sm font-normal text-slate-500">({group.lines.length})</span></h2>
          <table className="w-full border-collapse bg-white text-sm ring-1 ring-slate-200 print:ring-0">
            <caption className="sr-only">Budget: {group.desk}</caption>
            <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
              <tr>
                <th scope="col" className="px-2 py-1">Due</th><th scope="col" className="px-2 py-1">Slug</th><th scope="col" className="px-2 py-1">Headline</th>
                <th scope="col" className="px-2 py-1">Lang.</th><th scope="col" className="px-2 py-1">Priority</th><th scope="col" className="px-2 py-1">Assignee</th>
                <th scope="col" className="px-2 py-1">Event</th><th scope="col" className="px-2 py-1">Status</th>
              </tr>
            </thead>
            <tbody>
              {group.lines.map((line) => {
                const due = formatDeskInstant(line.dueAt, deskZone);
                return (
                  <tr key={line.id} className={cn('border-t border-slate-100 align-top', line.overdue && 'bg-red-50 text-red-800')}>
                    <td className="whitespace-nowrap px-2 py-1 font-mono">{showDay ? due : due.slice(11)}</td>
                    <th scope="row" className="px-2 py-1 text-left font-mono font-semibold"><Link href={`/desk/planning/coverage/${line.id}`} className="hover:underline">{line.slug}</Link></th>
                    <td className="px-2 py-1">{line.story ? <Link href={`/desk/stories/${line.story.id}`} className="hover:underline">{line.headline || 'Open story'}</Link> : line.headline}</td>
                    <td className="px-2 py-1">{line.language}</td>
                    <td className="px-2 py-1">{line.priority === 'ROUTINE' ? 'Routine' : <Badge tone={line.priority === 'FLASH' ? 'red' : 'amber'}>{line.priority}</Badge>}</td>
                    <td className="px-2 py-1">{line.assignee?.name ?? <span className="text-slate-500">Unassigned</span>}</td>
                    <td className="px-2 py-1">{line.event ? <Link href={`/desk/planning/events/${line.event.id}`} className="hover:underline">{line.event.title}</Link> : '—'}</td>
                    <td className="whitespace-nowrap px-2 py-1">
                      <Badge tone={STATUS_TONE[line.status]}>{COVERAGE_STATUS_LABELS[line.status]}</Badge>
                      {line.overdue ? <> <Badge tone="red">Overdue</Badge></> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      ))}
    </div>
  );
}

/** On paper the budget is the page: no desk header, navigation or filters, black on white, no row split across pages. */
export function BudgetPrintStyles() {
  return (
    <style>{`@media print {
  header, .skip-link, [data-print="hide"] { display: none !important; }
  body, main, .bg-slate-50 { background: #fff !important; }
  main { max-width: none !important; padding: 0 !important; }
  a { color: inherit !important; text-decoration: none !important; }
  tr { break-inside: avoid; }
  .bg-red-50 { background: #fee2e2 !important; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { margin: 12mm; }
}`}</style>
  );
}

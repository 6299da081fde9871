import type { BudgetGroup } from '@/lib/planning/budget';
import { budgetRowData, packBudgetRows } from '@/lib/planning/budget-html';
import { BudgetRows } from './budget-rows';

/*
 * The budget can hold a week of 2,000 lines: its rows are compact data made into one
 * escaped HTML string per desk (BudgetRows) with a few short classes, styled once below.
 */

/** The budget: one table per desk, each line by deadline, late lines in red with "Overdue". */
export function BudgetTables({ groups, deskZone, showDay }: { groups: BudgetGroup[]; deskZone: string; showDay: boolean }) {
  return (
    <div className="space-y-6">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`desk-${group.key || 'none'}`}>
          <h2 id={`desk-${group.key || 'none'}`} className="mb-2 text-lg font-semibold">
            {group.desk} <span className="text-sm font-normal text-slate-500">({group.lines.length})</span>
          </h2>
          <table className="budget">
            <caption className="sr-only">Budget: {group.desk}</caption>
            <thead>
              <tr>
                <th scope="col">Due</th>
                <th scope="col">Slug</th>
                <th scope="col">Headline</th>
                <th scope="col">Lang.</th>
                <th scope="col">Priority</th>
                <th scope="col">Assignee</th>
                <th scope="col">Event</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <BudgetRows packed={packBudgetRows(budgetRowData(group.lines, deskZone, showDay))} />
          </table>
        </section>
      ))}
    </div>
  );
}

/** The table's look, once; and on paper the budget is the page: no desk header, navigation or filters, black on white, no row split across pages. */
export function BudgetStyles() {
  return (
    <style>{`
table.budget { width: 100%; border-collapse: collapse; background: #fff; font-size: .875rem; box-shadow: 0 0 0 1px #e2e8f0; }
table.budget thead { background: #f1f5f9; text-align: left; font-size: .75rem; text-transform: uppercase; color: #475569; }
table.budget th, table.budget td { padding: .25rem .5rem; vertical-align: top; text-align: left; }
table.budget tbody tr { border-top: 1px solid #f1f5f9; }
table.budget tbody td:first-child, table.budget tbody th { font-family: ui-monospace, monospace; white-space: nowrap; }
table.budget tbody th { font-weight: 600; }
table.budget a:hover { text-decoration: underline; }
table.budget i { color: #64748b; font-style: normal; }
table.budget tr.late { background: #fef2f2; color: #991b1b; }
table.budget .st, table.budget b { display: inline-block; border-radius: .25rem; padding: 0 .375rem; font-size: .75rem; font-weight: 600; white-space: nowrap; }
.st-PLANNED, .st-CANCELLED { background: #f1f5f9; color: #334155; } .st-ASSIGNED { background: #dbeafe; color: #1e40af; }
.st-IN_PROGRESS, .p-u { background: #fef3c7; color: #78350f; } .st-FILED { background: #f3e8ff; color: #6b21a8; }
.st-PUBLISHED { background: #dcfce7; color: #166534; } .st.od, .p-f { background: #fee2e2; color: #991b1b; }
@media print {
  header, .skip-link, [data-print="hide"] { display: none !important; }
  body, main, .bg-slate-50 { background: #fff !important; }
  main { max-width: none !important; padding: 0 !important; }
  a { color: inherit !important; text-decoration: none !important; }
  table.budget { box-shadow: none; }
  table.budget tr { break-inside: avoid; }
  table.budget tr.late { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { margin: 12mm; }
}`}</style>
  );
}

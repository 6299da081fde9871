import Link from 'next/link';
import { BudgetStyles, BudgetTables } from '@/components/desk/planning/budget-table';
import { PrintButton } from '@/components/desk/planning/print-button';
import { Button } from '@/components/ui/button';
import { SelectInput, TextInput } from '@/components/ui/field';
import { can } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { groupBudget } from '@/lib/planning/budget';
import { addDays, dayHeading } from '@/lib/planning/calendar';
import { COVERAGE_STATUS_LABELS, COVERAGE_STATUSES } from '@/lib/planning/labels';
import { listBudget } from '@/lib/planning/queries';
import { LANGUAGE_LABELS, LANGUAGES_BY_NAME } from '@/lib/stories/limits';
import { requireViewer } from '../../../require-viewer';
import { budgetQuery, readBudgetFilter } from './budget-filter';

export const metadata = { title: 'Budget' };

/** The day's (or week's) budget: every coverage by desk and deadline, late ones in red. */
export default async function BudgetPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer('/desk/planning/budget', 'planning.view');
  const { filter, day, first, range } = readBudgetFilter(await searchParams);
  const now = new Date();
  const lines = await listBudget(viewer, range, filter);
  const groups = groupBudget(lines, now);
  const overdue = groups.reduce((n, g) => n + g.lines.filter((l) => l.overdue).length, 0);
  const week = filter.range === 'week';
  const step = week ? 7 : 1;
  return (
    <div className="space-y-4">
      <BudgetStyles />
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Budget — {week ? `week of ${dayHeading(first)}` : dayHeading(day)}</h1>
        <div className="ml-auto flex flex-wrap gap-2 text-sm" data-print="hide">
          <Link
            href={`/desk/planning/budget?${budgetQuery(filter, addDays(first, -step))}`}
            className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
          >
            {week ? 'Previous week' : 'Previous day'}
          </Link>
          <Link
            href={`/desk/planning/budget?${budgetQuery(filter, addDays(first, step))}`}
            className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
          >
            {week ? 'Next week' : 'Next day'}
          </Link>
          <a
            href={`/desk/planning/budget/csv?${budgetQuery(filter, day)}`}
            className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
            download
          >
            Export CSV
          </a>
          <PrintButton />
          {can(viewer, 'planning.plan') ? (
            <Link href="/desk/planning/coverage/new" className="rounded bg-brand px-2.5 py-1 text-white hover:bg-brand-dark">
              Add coverage
            </Link>
          ) : null}
          <Link
            href={`/desk/planning?view=${week ? 'week' : 'day'}&date=${day}`}
            className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50"
          >
            Calendar
          </Link>
        </div>
      </div>
      <form method="get" aria-label="Filter the budget" className="flex flex-wrap items-end gap-3 text-sm" data-print="hide">
        <label>
          Day
          <TextInput id="budget-date" name="date" defaultValue={day} className="w-32" />
        </label>
        <label>
          Range
          <SelectInput id="budget-range" name="range" defaultValue={filter.range}>
            <option value="day">Day</option>
            <option value="week">Week</option>
          </SelectInput>
        </label>
        <label>
          Language
          <SelectInput id="budget-language" name="language" defaultValue={filter.language ?? ''}>
            <option value="">Every language</option>
            {LANGUAGES_BY_NAME.map((code) => (
              <option key={code} value={code}>
                {LANGUAGE_LABELS[code]}
              </option>
            ))}
          </SelectInput>
        </label>
        <label>
          Status
          <SelectInput id="budget-status" name="status" defaultValue={filter.status ?? ''}>
            <option value="">Any status</option>
            {COVERAGE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {COVERAGE_STATUS_LABELS[s]}
              </option>
            ))}
          </SelectInput>
        </label>
        <label className="flex items-center gap-2 self-center pt-4">
          <input type="checkbox" name="mine" defaultChecked={filter.mine} className="h-4 w-4" /> Mine
        </label>
        <Button type="submit" variant="secondary" size="sm">
          Filter
        </Button>
      </form>
      <p className="text-sm text-slate-600" role="status">
        {lines.length.toLocaleString('en')} {lines.length === 1 ? 'coverage' : 'coverages'}
        {overdue ? (
          <>
            , <strong className="text-red-700">{overdue} overdue</strong>
          </>
        ) : null}
        . Times in newsroom time.
      </p>
      {lines.length ? (
        <BudgetTables groups={groups} deskZone={env().NEWSROOM_TIMEZONE} showDay={week} />
      ) : (
        <p className="text-slate-600">
          Nothing is planned{filter.mine || filter.language || filter.status ? ' that matches' : ''} for this {week ? 'week' : 'day'}.
        </p>
      )}
    </div>
  );
}

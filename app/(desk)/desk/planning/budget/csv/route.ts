import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { env } from '@/lib/env';
import { groupBudget } from '@/lib/planning/budget';
import { toCsv } from '@/lib/planning/csv';
import { COVERAGE_STATUS_LABELS } from '@/lib/planning/labels';
import { listBudget } from '@/lib/planning/queries';
import { formatDeskInstant } from '@/lib/time/desk-clock';
import { readBudgetFilter } from '../budget-filter';

/** "Export CSV": the budget as shown (same filters, same order), every field safe to open in a spreadsheet. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, 'planning.view'))
    return new Response('Sign in to export the budget.', { status: viewer ? 403 : 401, headers: { 'Cache-Control': 'no-store' } });
  const { filter, first, range } = readBudgetFilter(new URL(request.url).searchParams);
  const groups = groupBudget(await listBudget(viewer, range, filter), new Date());
  const zone = env().NEWSROOM_TIMEZONE;
  const csv = toCsv(
    ['Desk', 'Due', 'Slug', 'Headline', 'Language', 'Priority', 'Assignee', 'Event', 'Status', 'Overdue', 'Story', 'Note'],
    groups.flatMap((g) =>
      g.lines.map((l) => [
        g.desk,
        formatDeskInstant(l.dueAt, zone),
        l.slug,
        l.headline,
        l.language,
        l.priority,
        l.assignee?.name ?? '',
        l.event?.title ?? '',
        COVERAGE_STATUS_LABELS[l.status],
        l.overdue ? 'yes' : '',
        l.story ? new URL(`/desk/stories/${l.story.id}`, env().NEWSROOM_SITE_URL).toString() : '',
        l.note,
      ]),
    ),
  );
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="budget-${filter.range === 'week' ? 'week-' : ''}${first}.csv"`,
      'Cache-Control': 'private, no-store',
    },
  });
}

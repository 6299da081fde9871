import { env } from '@/lib/env';
import { daysRange, weekStart } from '@/lib/planning/calendar';
import { ZBudgetFilter, type TBudgetFilter } from '@/lib/planning/validation';
import { formatDeskDay } from '@/lib/time/format';

/** The budget's filters from the address bar, and the instants its day (or week, from Monday) runs between. */
export function readBudgetFilter(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  const get = (key: string) => (params instanceof URLSearchParams ? (params.get(key) ?? undefined) : typeof params[key] === 'string' ? params[key] : undefined);
  const filter: TBudgetFilter = ZBudgetFilter.parse({
    date: get('date'),
    range: get('range'),
    mine: get('mine'),
    language: get('language') || undefined,
    status: get('status') || undefined,
  });
  const day = filter.date ?? formatDeskDay(new Date());
  const first = filter.range === 'week' ? weekStart(day) : day;
  return { filter, day, first, range: daysRange(first, filter.range === 'week' ? 7 : 1, env().NEWSROOM_TIMEZONE) };
}

/** The same filters as query parameters (for links: CSV, previous and next day). */
export function budgetQuery(filter: TBudgetFilter, day: string) {
  const query = new URLSearchParams({ date: day });
  if (filter.range === 'week') query.set('range', 'week');
  if (filter.mine) query.set('mine', 'on');
  if (filter.language) query.set('language', filter.language);
  if (filter.status) query.set('status', filter.status);
  return query.toString();
}

import Link from 'next/link';
import { DayView, ListView, WeekView } from '@/components/desk/planning/calendar-views';
import { cn } from '@/components/ui/cn';
import { can } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { addDays, daysRange, weekStart } from '@/lib/planning/calendar';
import { listEventsBetween, listEventsFrom } from '@/lib/planning/queries';
import { ZCalendarView } from '@/lib/planning/validation';
import { formatDeskDay } from '@/lib/time/format';
import { requireViewer } from '../../require-viewer';

export const metadata = { title: 'Planning' };

const VIEWS = [
  ['day', 'Day'],
  ['week', 'Week'],
  ['list', 'List'],
] as const;

export default async function PlanningPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer('/desk/planning', 'planning.view');
  const raw = await searchParams;
  const { view, date } = ZCalendarView.parse({ view: raw.view, date: raw.date });
  const zone = env().NEWSROOM_TIMEZONE;
  const today = formatDeskDay(new Date());
  const day = date ?? today;
  const first = view === 'week' ? weekStart(day) : day;
  const step = view === 'day' ? 1 : 7;
  const href = (v: string, d: string) => `/desk/planning?view=${v}&date=${d}`;
  const days = Array.from({ length: view === 'week' ? 7 : 1 }, (_, i) => addDays(first, i));
  const range = daysRange(first, days.length, zone);
  const listAfter = typeof raw.after === 'string' ? raw.after : undefined;
  const [events, list] =
    view === 'list' ? [[], await listEventsFrom(viewer, range.from, listAfter)] : [await listEventsBetween(viewer, range.from, range.to), null];
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Planning</h1>
        <nav aria-label="Planning" className="ml-auto flex flex-wrap gap-2 text-sm">
          <Link href={`/desk/planning/budget?date=${day}`} className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50">
            Budget
          </Link>
          {can(viewer, 'planning.plan') ? (
            <>
              <Link href="/desk/planning/events/new" className="rounded bg-brand px-2.5 py-1 text-white hover:bg-brand-dark">
                Add event
              </Link>
              <Link href="/desk/planning/coverage/new" className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50">
                Add coverage
              </Link>
              <Link href="/desk/planning/import" className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50">
                Import iCalendar
              </Link>
            </>
          ) : null}
        </nav>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <div role="group" aria-label="View" className="flex overflow-hidden rounded border border-slate-300 text-sm">
          {VIEWS.map(([v, label]) => (
            <Link
              key={v}
              href={href(v, day)}
              aria-current={v === view ? 'page' : undefined}
              className={cn('px-3 py-1', v === view ? 'bg-brand text-white' : 'bg-white hover:bg-slate-50')}
            >
              {label}
            </Link>
          ))}
        </div>
        <div className="flex gap-2 text-sm">
          <Link href={href(view, addDays(first, -step))} className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50">
            Previous
          </Link>
          <Link href={href(view, today)} className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50">
            Today
          </Link>
          <Link href={href(view, addDays(first, step))} className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50">
            Next
          </Link>
        </div>
        <form method="get" className="flex items-center gap-2 text-sm" aria-label="Go to a day">
          <input type="hidden" name="view" value={view} />
          <label htmlFor="planning-go-date">Day</label>
          <input id="planning-go-date" name="date" defaultValue={day} placeholder="YYYY-MM-DD" className="w-32 rounded border border-slate-300 px-2 py-1" />
          <button type="submit" className="rounded border border-slate-300 bg-white px-2.5 py-1 hover:bg-slate-50">
            Go
          </button>
        </form>
        <span className="text-xs text-slate-500">Times in newsroom time ({zone})</span>
      </div>
      {view === 'day' ? <DayView day={day} events={events} deskZone={zone} /> : null}
      {view === 'week' ? <WeekView days={days} events={events} deskZone={zone} today={today} /> : null}
      {list ? (
        <>
          <ListView events={list.events} deskZone={zone} />
          {list.next ? (
            <Link href={`${href('list', day)}&after=${encodeURIComponent(list.next)}`} className="text-brand underline">
              Later events
            </Link>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

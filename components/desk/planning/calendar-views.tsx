import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import { clockTime, dayHeading, daysOf } from '@/lib/planning/calendar';
import { describeEventTime } from '@/lib/planning/event-times';

export type CalendarEvent = {
  id: string;
  title: string;
  startsAt: Date;
  endsAt: Date | null;
  allDay: boolean;
  timeZone: string;
  place: string;
  cancelledAt: Date | null;
  _count: { coverages: number };
};

function EventLine({ event, deskZone, day }: { event: CalendarEvent; deskZone: string; day?: string }) {
  const continues = day && daysOf(event, deskZone)[0] !== day;
  return (
    <div className={cn('rounded border-l-4 bg-white px-2 py-1 text-sm shadow-sm', event.cancelledAt ? 'border-slate-300 text-slate-500' : 'border-brand')}>
      <span className="mr-2 font-mono text-xs text-slate-600">{event.allDay ? 'All day' : continues ? 'cont.' : clockTime(event.startsAt, deskZone)}</span>
      <Link href={`/desk/planning/events/${event.id}`} className={cn('font-medium hover:underline', event.cancelledAt && 'line-through')}>
        {event.title}
      </Link>
      {event.cancelledAt ? (
        <>
          {' '}
          <Badge tone="neutral">Cancelled</Badge>
        </>
      ) : null}
      {event.place ? <span className="block text-xs text-slate-600">{event.place}</span> : null}
      <span className="block text-xs text-slate-500">{event._count.coverages ? `${event._count.coverages} coverage` : 'No coverage yet'}</span>
    </div>
  );
}

/** The day view: the day's events by time, with place and coverage. */
export function DayView({ day, events, deskZone }: { day: string; events: CalendarEvent[]; deskZone: string }) {
  const today = events.filter((e) => daysOf(e, deskZone).includes(day));
  return (
    <section aria-label={dayHeading(day)} className="space-y-2">
      <h2 className="font-semibold">{dayHeading(day)}</h2>
      {today.length ? (
        <ol className="space-y-2">
          {today.map((e) => (
            <li key={e.id}>
              <EventLine event={e} deskZone={deskZone} day={day} />
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-sm text-slate-600">No events on this day.</p>
      )}
    </section>
  );
}

/** The week view: Monday to Sunday side by side, each day's events by time. */
export function WeekView({ days, events, deskZone, today }: { days: string[]; events: CalendarEvent[]; deskZone: string; today: string }) {
  return (
    <div className="grid gap-2 md:grid-cols-7">
      {days.map((day) => {
        const onDay = events.filter((e) => daysOf(e, deskZone).includes(day));
        return (
          <section
            key={day}
            aria-label={dayHeading(day)}
            className={cn('min-h-32 rounded-lg border p-2', day === today ? 'border-brand bg-blue-50/40' : 'border-slate-200 bg-slate-50')}
          >
            <h2 className="mb-2 text-sm font-semibold">
              <Link href={`/desk/planning?view=day&date=${day}`} className="hover:underline">
                {dayHeading(day)}
              </Link>
            </h2>
            <ol className="space-y-1">
              {onDay.map((e) => (
                <li key={e.id}>
                  <EventLine event={e} deskZone={deskZone} day={day} />
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}

/** The list view: events from the day on, each with its time in its own zone and the newsroom's. */
export function ListView({ events, deskZone }: { events: (CalendarEvent & { tags: { tag: { name: string } }[] })[]; deskZone: string }) {
  if (!events.length) return <p className="text-sm text-slate-600">No events from this day on.</p>;
  return (
    <ol aria-label="Events" className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
      {events.map((e) => (
        <li key={e.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 p-3 text-sm">
          <span className="font-mono text-xs text-slate-600">{describeEventTime(e, deskZone)}</span>
          <Link href={`/desk/planning/events/${e.id}`} className={cn('font-medium hover:underline', e.cancelledAt && 'line-through')}>
            {e.title}
          </Link>
          {e.cancelledAt ? <Badge tone="neutral">Cancelled</Badge> : null}
          {e.place ? <span className="text-slate-600">{e.place}</span> : null}
          {e.tags.length ? <span className="text-xs text-slate-500">{e.tags.map((t) => t.tag.name).join(', ')}</span> : null}
          <span className="ml-auto text-xs text-slate-500">{e._count.coverages ? `${e._count.coverages} coverage` : 'No coverage yet'}</span>
        </li>
      ))}
    </ol>
  );
}

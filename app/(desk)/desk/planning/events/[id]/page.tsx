import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CancelEventButton } from '@/components/desk/planning/cancel-event-button';
import { CoverageForm } from '@/components/desk/planning/coverage-form';
import { CoverageList } from '@/components/desk/planning/coverage-list';
import { EventForm } from '@/components/desk/planning/event-form';
import { Badge } from '@/components/ui/badge';
import { can } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { mayStartCoverage } from '@/lib/planning/access';
import { eventFormTimes, describeEventTime } from '@/lib/planning/event-times';
import { getEvent } from '@/lib/planning/queries';
import { timeZoneNames } from '@/lib/planning/time-zone';
import { ZId } from '@/lib/text/fields';
import { listTopicOptions } from '@/lib/topics/queries';
import { utcToZonedInput } from '@/lib/time/zoned';
import { cancelEventAction, createCoverageAction, startStoryAction, updateEventAction } from '../../actions';
import { coverageOptions } from '../../coverage-options';
import { requireViewer } from '../../../../require-viewer';

export const metadata = { title: 'Event' };

export default async function EventPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/desk/planning/events/${id}`, 'planning.view');
  const event = ZId.safeParse(id).success ? await getEvent(viewer, id) : null;
  if (!event) notFound();
  const zone = env().NEWSROOM_TIMEZONE;
  const planner = can(viewer, 'planning.plan');
  const [topics, options] = planner ? await Promise.all([listTopicOptions(), coverageOptions(viewer, event.id)]) : [[], null];
  const now = new Date();
  const facts: [string, string][] = [
    ['When', describeEventTime(event, zone)],
    ['Time zone', event.timeZone],
    ['Place', event.place || '—'],
    ['Topic', event.topic?.title ?? '—'],
    ['Tags', event.tags.map((t) => t.tag.name).join(', ') || '—'],
    ['Source', event.source === 'ical' ? 'iCalendar import' : event.source === 'wire' ? 'wire copy' : 'the desk'],
  ];
  const defaultDue = utcToZonedInput(event.endsAt && !event.allDay ? event.endsAt : event.startsAt, zone).slice(0, 16);
  return (
    <article className="space-y-5" aria-labelledby="event-title">
      <p>
        <Link href="/desk/planning" className="text-sm text-brand underline">
          ← Planning
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 id="event-title" className={event.cancelledAt ? 'text-2xl font-semibold line-through' : 'text-2xl font-semibold'}>
          {event.title}
        </h1>
        {event.cancelledAt ? <Badge tone="neutral">Cancelled</Badge> : null}
        {planner ? (
          <span className="ml-auto">
            <CancelEventButton eventId={event.id} cancelled={!!event.cancelledAt} action={cancelEventAction} />
          </span>
        ) : null}
      </div>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
        {event.wireItem ? (
          <div className="contents">
            <dt className="text-slate-500">Wire copy</dt>
            <dd>
              <Link href={`/desk/incoming/${event.wireItem.id}`} className="text-brand underline">
                {event.wireItem.headline}
              </Link>{' '}
              ({event.wireItem.source})
            </dd>
          </div>
        ) : null}
      </dl>
      {event.notes ? <p className="whitespace-pre-line rounded bg-white p-3 text-sm ring-1 ring-slate-200">{event.notes}</p> : null}

      <section aria-labelledby="coverage-heading" className="space-y-3">
        <h2 id="coverage-heading" className="text-lg font-semibold">
          Coverage
        </h2>
        <CoverageList
          now={now}
          startStory={startStoryAction}
          canEdit={planner}
          rows={event.coverages.map((c) => ({ ...c, mayStart: mayStartCoverage(viewer, c) }))}
        />
        {planner && options ? (
          <div className="rounded-lg border border-slate-200 bg-white p-3">
            <h3 className="mb-2 font-medium">Add coverage</h3>
            <div>
              <CoverageForm
                action={createCoverageAction}
                submitLabel="Add coverage"
                label="Add coverage"
                options={options}
                canAssign={can(viewer, 'planning.assign')}
                fixedEvent
                values={{
                  eventId: event.id,
                  slug: '',
                  headline: event.title.slice(0, 160),
                  language: 'en',
                  priority: 'ROUTINE',
                  sectionId: '',
                  assigneeId: '',
                  dueAt: defaultDue,
                  status: '',
                  note: '',
                }}
              />
            </div>
          </div>
        ) : null}
      </section>

      {planner ? (
        <details className="rounded-lg border border-slate-200 bg-white p-3">
          <summary className="cursor-pointer font-medium">Edit event</summary>
          <div className="mt-3">
            <EventForm
              action={updateEventAction}
              submitLabel="Save event"
              label="Edit event"
              topics={topics}
              timeZones={timeZoneNames()}
              values={{
                id: event.id,
                title: event.title,
                ...eventFormTimes(event),
                allDay: event.allDay,
                timeZone: event.timeZone,
                place: event.place,
                topicId: event.topicId ?? '',
                tags: event.tags.map((t) => t.tag.name).join(', '),
                notes: event.notes,
              }}
            />
          </div>
        </details>
      ) : null}
    </article>
  );
}

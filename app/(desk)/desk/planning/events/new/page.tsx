import Link from 'next/link';
import { EventForm } from '@/components/desk/planning/event-form';
import { env } from '@/lib/env';
import { timeZoneNames } from '@/lib/planning/time-zone';
import { ZId } from '@/lib/text/fields';
import { listTopicOptions } from '@/lib/topics/queries';
import { getWireItem } from '@/lib/wire/queries';
import { createEventAction } from '../../actions';
import { requireViewer } from '../../../../require-viewer';

export const metadata = { title: 'Add event' };

/** "Add event", or "Plan from this": the form filled from a wire item (its headline, place, summary and tags). */
export default async function NewEventPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer('/desk/planning/events/new', 'planning.plan');
  const wireId = ZId.safeParse((await searchParams).wire);
  const item = wireId.success ? await getWireItem(viewer, wireId.data) : null;
  const topics = await listTopicOptions();
  const notes = item ? [item.subheadline, `From wire copy: ${item.source} — “${item.headline}”`].filter(Boolean).join('\n\n') : '';
  return (
    <div className="space-y-4">
      <p>
        <Link href="/desk/planning" className="text-sm text-brand underline">
          ← Planning
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">{item ? 'Plan from wire copy' : 'Add event'}</h1>
      {item ? (
        <p className="text-sm text-slate-600">
          From{' '}
          <Link href={`/desk/incoming/${item.id}`} className="text-brand underline">
            {item.headline}
          </Link>{' '}
          ({item.source}). Set when it happens, then add coverage.
        </p>
      ) : null}
      <EventForm
        action={createEventAction}
        submitLabel="Save event"
        label="Event"
        topics={topics}
        timeZones={timeZoneNames()}
        values={{
          title: item?.headline.slice(0, 200) ?? '',
          startsAt: '',
          endsAt: '',
          allDay: false,
          timeZone: env().NEWSROOM_TIMEZONE,
          place: item?.datelinePlace ?? '',
          topicId: '',
          tags: item?.tags.map((t) => t.name).join(', ') ?? '',
          notes,
          wireItemId: item?.id,
        }}
      />
    </div>
  );
}

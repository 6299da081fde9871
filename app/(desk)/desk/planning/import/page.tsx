import Link from 'next/link';
import { IcsImportForm } from '@/components/desk/planning/ics-import-form';
import { ICS_LIMITS } from '@/lib/planning/ics/parse-ics';
import { requireViewer } from '../../../require-viewer';

export const metadata = { title: 'Import iCalendar' };

export default async function ImportCalendarPage() {
  await requireViewer('/desk/planning/import', 'planning.plan');
  return (
    <div className="space-y-4">
      <p>
        <Link href="/desk/planning" className="text-sm text-brand underline">
          ← Planning
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Import iCalendar</h1>
      <p className="max-w-2xl text-sm text-slate-600">
        Events from a calendar file (a ministry’s press calendar, a league’s fixtures) join the planning calendar. Importing the same file again updates its
        events instead of doubling them. At most {ICS_LIMITS.events.toLocaleString('en')} events are read from one file; repeating events are expanded from a
        month back to a year ahead.
      </p>
      <IcsImportForm maxBytes={ICS_LIMITS.bytes} />
    </div>
  );
}

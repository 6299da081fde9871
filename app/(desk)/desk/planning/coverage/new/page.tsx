import Link from 'next/link';
import { CoverageForm } from '@/components/desk/planning/coverage-form';
import { can } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { ZId } from '@/lib/text/fields';
import { suggestedDue } from '@/lib/planning/event-times';
import { createCoverageAction } from '../../actions';
import { coverageOptions } from '../../coverage-options';
import { requireViewer } from '../../../../require-viewer';

export const metadata = { title: 'Add coverage' };

/** "Add coverage" on its own (a planned story with no event), or for an event chosen in the form. */
export default async function NewCoveragePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer('/desk/planning/coverage/new', 'planning.plan');
  const event = ZId.safeParse((await searchParams).event);
  const options = await coverageOptions(viewer, event.success ? event.data : null);
  const inTwoHours = suggestedDue(new Date(), env().NEWSROOM_TIMEZONE);
  return (
    <div className="max-w-3xl space-y-4">
      <p>
        <Link href="/desk/planning/budget" className="text-sm text-brand underline">
          ← Budget
        </Link>
      </p>
      <h1 className="text-2xl font-semibold">Add coverage</h1>
      <CoverageForm
        action={createCoverageAction}
        submitLabel="Add coverage"
        label="Add coverage"
        options={options}
        canAssign={can(viewer, 'planning.assign')}
        values={{
          eventId: event.success ? event.data : '',
          slug: '',
          headline: '',
          language: 'en',
          priority: 'ROUTINE',
          sectionId: '',
          assigneeId: '',
          dueAt: inTwoHours,
          status: '',
          note: '',
        }}
      />
    </div>
  );
}

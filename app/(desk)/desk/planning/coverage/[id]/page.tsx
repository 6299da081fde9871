import Link from 'next/link';
import { notFound } from 'next/navigation';
import { CoverageForm } from '@/components/desk/planning/coverage-form';
import { STATUS_TONE } from '@/components/desk/planning/coverage-list';
import { StartStoryButton } from '@/components/desk/planning/start-story-button';
import { Badge } from '@/components/ui/badge';
import { can } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { mayStartCoverage } from '@/lib/planning/access';
import { COVERAGE_STATUS_LABELS, isOverdue } from '@/lib/planning/labels';
import { getCoverage } from '@/lib/planning/queries';
import { ZId } from '@/lib/text/fields';
import { formatDeskTime } from '@/lib/time/format';
import { utcToZonedInput } from '@/lib/time/zoned';
import { startStoryAction, updateCoverageAction } from '../../actions';
import { coverageOptions } from '../../coverage-options';
import { requireViewer } from '../../../../require-viewer';

export const metadata = { title: 'Coverage' };

export default async function CoveragePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/desk/planning/coverage/${id}`, 'planning.view');
  const coverage = ZId.safeParse(id).success ? await getCoverage(viewer, id) : null;
  if (!coverage) notFound();
  const planner = can(viewer, 'planning.plan');
  const options = planner ? await coverageOptions(viewer, coverage.eventId) : null;
  return (
    <div className="max-w-3xl space-y-4">
      <p>
        <Link href={coverage.event ? `/desk/planning/events/${coverage.event.id}` : '/desk/planning/budget'} className="text-sm text-brand underline">
          ← {coverage.event ? coverage.event.title : 'Budget'}
        </Link>
      </p>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="font-mono text-2xl font-semibold">{coverage.slug}</h1>
        <Badge tone={STATUS_TONE[coverage.status]}>{COVERAGE_STATUS_LABELS[coverage.status]}</Badge>
        {isOverdue(coverage, new Date()) ? <Badge tone="red">Overdue</Badge> : null}
        <span className="text-sm text-slate-600">
          Due {formatDeskTime(coverage.dueAt)} · {coverage.assignee ? `Assigned to ${coverage.assignee.name}` : 'Unassigned'}
        </span>
        <span className="ml-auto">
          {coverage.story ? (
            <Link href={`/desk/stories/${coverage.story.id}`} className="text-brand underline">
              Open story
            </Link>
          ) : mayStartCoverage(viewer, coverage) && coverage.status !== 'CANCELLED' ? (
            <StartStoryButton coverageId={coverage.id} slug={coverage.slug} action={startStoryAction} />
          ) : null}
        </span>
      </div>
      {planner && options ? (
        <CoverageForm
          action={updateCoverageAction}
          submitLabel="Save coverage"
          label="Edit coverage"
          options={options}
          canAssign={can(viewer, 'planning.assign')}
          values={{
            id: coverage.id,
            eventId: coverage.eventId ?? '',
            slug: coverage.slug,
            headline: coverage.headline,
            language: coverage.language,
            priority: coverage.priority,
            sectionId: coverage.sectionId ?? '',
            assigneeId: coverage.assigneeId ?? '',
            dueAt: utcToZonedInput(coverage.dueAt, env().NEWSROOM_TIMEZONE),
            status: coverage.status,
            note: coverage.note,
          }}
        />
      ) : coverage.headline || coverage.note ? (
        <p className="text-sm">
          {coverage.headline} {coverage.note}
        </p>
      ) : null}
    </div>
  );
}

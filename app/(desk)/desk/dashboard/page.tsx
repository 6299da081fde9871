import { PublishedChart } from '@/components/desk/published-chart';
import { env } from '@/lib/env';
import { medianSubmitToPublish, publishedPerHour } from '@/lib/stories/dashboard-queries';
import { countStoriesByStatus } from '@/lib/stories/desk-queries';
import { STATUS_LABELS } from '@/lib/stories/labels';
import { requireViewer } from '../../require-viewer';

export const metadata = { title: 'Dashboard' };

function formatDuration(ms: number) {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h ${minutes % 60} min` : `${Math.round(hours / 24)} days`;
}

export default async function DashboardPage() {
  const viewer = await requireViewer('/desk/dashboard');
  const now = new Date();
  const [hours, median, counts] = await Promise.all([publishedPerHour(viewer, now), medianSubmitToPublish(viewer, now), countStoriesByStatus(viewer)]);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Dashboard</h1>
      <section aria-labelledby="throughput-title" className="rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="throughput-title" className="text-lg font-semibold">
          Stories published per hour, last two days
        </h2>
        <PublishedChart hours={hours} timeZone={env().NEWSROOM_TIMEZONE} />
      </section>
      <div className="grid gap-4 sm:grid-cols-2">
        <section aria-labelledby="median-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="median-title" className="text-lg font-semibold">
            Submission to publication
          </h2>
          <p className="text-3xl font-bold" data-testid="median-submit-to-publish">
            {median.medianMs === null ? '—' : formatDuration(median.medianMs)}
          </p>
          <p className="text-sm text-slate-600">Median over {median.publications} publications in the last 30 days.</p>
        </section>
        <section aria-labelledby="counts-title" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="counts-title" className="text-lg font-semibold">
            Stories by status
          </h2>
          <dl className="grid grid-cols-2 gap-1 text-sm">
            {Object.entries(STATUS_LABELS).map(([status, label]) => (
              <div key={status} className="contents">
                <dt>{label}</dt>
                <dd className="text-right font-medium">{counts[status as keyof typeof counts] ?? 0}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}

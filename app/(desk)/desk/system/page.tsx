import Link from 'next/link';
import type { ReactNode } from 'react';
import { AutoRefresh } from '@/components/desk/system/auto-refresh';
import { Badge } from '@/components/ui/badge';
import { getSystemStatus, PART_LABELS, PARTS } from '@/lib/ops/system-status';
import { formatDeskTime } from '@/lib/time/format';
import { requireViewer } from '../../require-viewer';

export const metadata = { title: 'System' };

const ago = (seconds: number) =>
  seconds < 90 ? `${Math.round(seconds)} s` : seconds < 5400 ? `${Math.round(seconds / 60)} min` : `${(seconds / 3600).toFixed(1)} h`;

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`system-${title}`} className="space-y-2">
      <h2 id={`system-${title}`} className="text-lg font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

const th = 'py-1 pr-4 font-medium';
const td = 'py-1 pr-4 align-top';

export default async function SystemPage() {
  const viewer = await requireViewer('/desk/system', 'system.view');
  const status = await getSystemStatus(viewer);
  const { readiness, snapshot } = status;
  return (
    <div className="space-y-8">
      <AutoRefresh seconds={15} />
      <div className="flex flex-wrap items-baseline gap-3">
        <h1 className="text-2xl font-semibold">System</h1>
        <p className="text-sm text-slate-600">Checked {formatDeskTime(readiness.checkedAt)}; this page refreshes every 15 seconds.</p>
      </div>

      {status.alerts.length ? (
        <ul aria-label="Problems" className="space-y-1 rounded border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          {status.alerts.map((alert) => (
            <li key={alert.key}>{alert.text}</li>
          ))}
        </ul>
      ) : (
        <p className="rounded border border-green-300 bg-green-50 p-3 text-sm text-green-900">Everything is working.</p>
      )}
      {status.proxyWarning ? (
        <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900">
          Requests arrive from {status.proxyWarning.peer} with {status.proxyWarning.header}, but no trusted proxy is set: every reader and editor looks like{' '}
          {status.proxyWarning.peer}, so search and sign-in limits count them as one. Set <code>NEWSROOM_TRUSTED_PROXIES={status.proxyWarning.peer}</code> if it
          is your proxy.
        </p>
      ) : null}

      <Section title="Parts">
        <table className="w-full text-sm" aria-label="Parts">
          <thead className="text-left text-slate-600">
            <tr>
              <th className={th}>Part</th>
              <th className={th}>State</th>
              <th className={th}>Detail</th>
              <th className={th}>Checked in</th>
            </tr>
          </thead>
          <tbody>
            {PARTS.map((part) => {
              const check = readiness.checks[part];
              return (
                <tr key={part} className="border-t border-slate-200">
                  <th scope="row" className={`${td} text-left font-normal`}>
                    {PART_LABELS[part]}
                  </th>
                  <td className={td}>
                    <Badge tone={check.ok ? 'green' : 'red'}>{check.ok ? 'Working' : 'Down'}</Badge>
                  </td>
                  <td className={td}>{check.detail}</td>
                  <td className={td}>{check.ms} ms</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>

      <Section title="Job queues">
        {snapshot ? (
          <table className="w-full text-sm" aria-label="Job queues">
            <thead className="text-left text-slate-600">
              <tr>
                <th className={th}>Task</th>
                <th className={th}>Due</th>
                <th className={th}>Running</th>
                <th className={th}>Later or retrying</th>
                <th className={th}>Failed every attempt</th>
                <th className={th}>Oldest due job waiting</th>
              </tr>
            </thead>
            <tbody>
              {snapshot.queues.map((queue) => (
                <tr key={queue.task} className="border-t border-slate-200">
                  <th scope="row" className={`${td} text-left font-mono font-normal`}>
                    {queue.task}
                  </th>
                  <td className={td}>{queue.ready}</td>
                  <td className={td}>{queue.running}</td>
                  <td className={td}>{queue.scheduled}</td>
                  <td className={td}>{queue.failed ? <Badge tone="red">{queue.failed}</Badge> : 0}</td>
                  <td className={td}>{queue.ready ? ago(queue.oldestReadySeconds) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-red-800">The queues could not be read: {status.snapshotError}</p>
        )}
        {snapshot ? (
          <p className="text-sm text-slate-600">
            Job runner last heard: {snapshot.jobRunnerAgeSeconds === null ? 'never' : `${ago(Math.max(0, snapshot.jobRunnerAgeSeconds))} ago`}.
          </p>
        ) : null}
      </Section>

      <Section title="Ingest by source">
        {status.ingest.length ? (
          <table className="w-full text-sm" aria-label="Ingest by source">
            <thead className="text-left text-slate-600">
              <tr>
                <th className={th}>Source</th>
                <th className={th}>Last item</th>
                <th className={th}>Last attempt</th>
                <th className={th}>Imported</th>
                <th className={th}>Updated</th>
                <th className={th}>Failed</th>
                <th className={th}>Last error</th>
              </tr>
            </thead>
            <tbody>
              {status.ingest.map((source) => {
                const failing = !!source.lastErrorAt && source.lastErrorAt >= source.lastAttemptAt;
                return (
                  <tr key={source.source} className="border-t border-slate-200">
                    <th scope="row" className={`${td} text-left font-normal`}>
                      {source.source}
                    </th>
                    <td className={td}>{source.lastItemAt ? formatDeskTime(source.lastItemAt) : 'never'}</td>
                    <td className={td}>
                      {formatDeskTime(source.lastAttemptAt)} {failing ? <Badge tone="red">Failed</Badge> : <Badge tone="green">OK</Badge>}
                    </td>
                    <td className={td}>{source.imported}</td>
                    <td className={td}>{source.updated}</td>
                    <td className={td}>{source.failedDocuments + source.failedItems}</td>
                    <td className={td}>{source.lastErrorAt ? `${formatDeskTime(source.lastErrorAt)}: ${source.lastError}` : '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-slate-600">Nothing has been ingested yet.</p>
        )}
      </Section>

      <Section title="Webhook deliveries failing">
        {status.failedDeliveries.length ? (
          <table className="w-full text-sm" aria-label="Webhook deliveries failing">
            <thead className="text-left text-slate-600">
              <tr>
                <th className={th}>Partner</th>
                <th className={th}>Event</th>
                <th className={th}>State</th>
                <th className={th}>Attempts</th>
                <th className={th}>Last answer</th>
                <th className={th}>Made</th>
              </tr>
            </thead>
            <tbody>
              {status.failedDeliveries.map((delivery) => (
                <tr key={delivery.id} className="border-t border-slate-200">
                  <td className={`${td} break-all font-mono`}>{delivery.url}</td>
                  <td className={td}>{delivery.event}</td>
                  <td className={td}>
                    <Badge tone={delivery.status === 'FAILED' ? 'red' : 'amber'}>{delivery.status === 'FAILED' ? 'Failed' : 'Retrying'}</Badge>
                  </td>
                  <td className={td}>{delivery.attempts}</td>
                  <td className={td}>{delivery.responseStatus ? `HTTP ${delivery.responseStatus}` : delivery.error || '—'}</td>
                  <td className={td}>{formatDeskTime(delivery.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-slate-600">No delivery failed in the last 24 hours, and none is being retried.</p>
        )}
        {status.failedDeliveries.length ? (
          <p className="text-sm">
            <Link className="text-brand underline" href="/desk/webhooks">
              Webhooks
            </Link>{' '}
            has each hook&apos;s log and Redeliver.
          </p>
        ) : null}
      </Section>

      <Section title="Missed schedules">
        {status.missedSchedules.length ? (
          <ul className="space-y-1 text-sm">
            {status.missedSchedules.map((story) => (
              <li key={story.id}>
                <Link className="text-brand underline" href={`/desk/stories/${story.id}`}>
                  {story.headline || 'Untitled story'}
                </Link>
                : due {formatDeskTime(story.scheduledAt)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">Every scheduled story went out on time.</p>
        )}
      </Section>

      <Section title="Newest errors">
        {status.errorsFromMemory ? <p className="text-sm text-amber-900">The database does not answer: these are this server&apos;s own errors.</p> : null}
        {status.errors.length ? (
          <table className="w-full text-sm" aria-label="Newest errors">
            <thead className="text-left text-slate-600">
              <tr>
                <th className={th}>When</th>
                <th className={th}>Where</th>
                <th className={th}>Message</th>
                <th className={th}>Request</th>
              </tr>
            </thead>
            <tbody>
              {status.errors.map((error, index) => (
                <tr key={`${error.at.toISOString()}-${index}`} className="border-t border-slate-200">
                  <td className={`${td} whitespace-nowrap`}>{formatDeskTime(error.at)}</td>
                  <td className={td}>{[error.process, error.module].filter(Boolean).join(' · ')}</td>
                  <td className={`${td} break-words`}>{error.message}</td>
                  <td className={`${td} font-mono text-xs`}>{error.requestId ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p className="text-sm text-slate-600">No errors recorded.</p>
        )}
      </Section>
    </div>
  );
}

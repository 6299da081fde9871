import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { SelectInput } from '@/components/ui/field';
import { auditFilterOptions, listAuditEvents, ZAuditFilter } from '@/lib/audit/queries';
import { STATUS_LABELS } from '@/lib/stories/labels';
import { formatDeskTime } from '@/lib/time/format';
import { auditActionLabel, auditSentence } from '@/lib/audit/describe';
import { requireViewer } from '../../require-viewer';

export const metadata = { title: 'Audit log' };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const viewer = await requireViewer('/desk/audit', 'audit.viewAll');
  const raw = await searchParams;
  const filter = ZAuditFilter.catch({ action: undefined, actorId: undefined, before: undefined }).parse({
    action: typeof raw.action === 'string' ? raw.action : undefined,
    actorId: typeof raw.actorId === 'string' ? raw.actorId : undefined,
    before: typeof raw.before === 'string' ? raw.before : undefined,
  });
  const [{ events, next }, options] = await Promise.all([listAuditEvents(viewer, filter), auditFilterOptions(viewer)]);
  const nextHref = next
    ? `/desk/audit?${new URLSearchParams({ ...(filter.action ? { action: filter.action } : {}), ...(filter.actorId ? { actorId: filter.actorId } : {}), before: next })}`
    : null;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">Audit log</h1>
      <form className="flex flex-wrap items-end gap-3" method="get" aria-label="Filter the audit log">
        <label className="text-sm">
          Action
          <SelectInput id="audit-action" name="action" defaultValue={filter.action ?? ''}>
            <option value="">Every action</option>
            {options.actions.map((a) => (
              <option key={a} value={a}>
                {auditActionLabel(a)}
              </option>
            ))}
          </SelectInput>
        </label>
        <label className="text-sm">
          Person
          <SelectInput id="audit-actor" name="actorId" defaultValue={filter.actorId ?? ''}>
            <option value="">Everyone</option>
            {options.actors.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </SelectInput>
        </label>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
      </form>
      <table className="w-full text-sm" aria-label="Audit events">
        <thead className="text-left text-slate-600">
          <tr>
            <th>When</th>
            <th>Who</th>
            <th>Action</th>
            <th>Story</th>
            <th>Change</th>
            <th>Note</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id} className="border-t border-slate-200 align-top">
              <td className="whitespace-nowrap pr-3">
                <time dateTime={e.createdAt.toISOString()}>{formatDeskTime(e.createdAt)}</time>
              </td>
              <td className="pr-3">{e.actor?.name ?? 'System'}</td>
              <td className="pr-3">{auditSentence(e.action)}</td>
              <td className="pr-3">
                {e.story ? (
                  <Link className="text-brand underline" href={`/desk/stories/${e.story.id}`}>
                    {e.story.headline || 'Untitled story'}
                  </Link>
                ) : (
                  '—'
                )}
              </td>
              <td className="pr-3">
                {e.fromStatus && e.toStatus ? `${STATUS_LABELS[e.fromStatus]} → ${STATUS_LABELS[e.toStatus]}` : e.toStatus ? STATUS_LABELS[e.toStatus] : ''}
              </td>
              <td>{e.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 ? <p className="text-slate-600">No events match.</p> : null}
      {nextHref ? (
        <Link href={nextHref} className="text-brand underline">
          Older events
        </Link>
      ) : null}
    </div>
  );
}

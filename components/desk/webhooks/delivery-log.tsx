import { ActionForm } from '@/components/ui/action-form';
import type { ActionResult } from '@/lib/action';
import { formatDeskTime } from '@/lib/time/format';

type Delivery = {
  id: string;
  event: string;
  status: string;
  attempts: number;
  responseStatus: number | null;
  responseMs: number | null;
  error: string;
  createdAt: Date;
  lastAttemptAt: Date | null;
  notBefore: Date | null;
};

const STATUS = { PENDING: 'queued', DELIVERED: 'delivered', RETRYING: 'retrying', FAILED: 'failed', WITHDRAWN: 'withdrawn, never sent' } as Record<
  string,
  string
>;

/** One hook's latest deliveries: what was sent, how it went, and Redeliver. */
export function DeliveryLog({
  deliveries,
  redeliver,
  url,
}: {
  deliveries: Delivery[];
  redeliver: (form: FormData) => Promise<ActionResult<unknown>>;
  url: string;
}) {
  if (!deliveries.length) return <p className="text-sm text-slate-600">No deliveries yet.</p>;
  return (
    <table className="w-full text-sm" aria-label={`Deliveries to ${url}`}>
      <thead className="text-left text-slate-600">
        <tr>
          <th>Event</th>
          <th>Queued</th>
          <th>Status</th>
          <th>Attempts</th>
          <th>Response</th>
          <th>Time</th>
          <th />
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id} className="border-t border-slate-100">
            <td className="py-1.5 pr-3 font-mono text-xs">{d.event}</td>
            <td className="pr-3">{formatDeskTime(d.createdAt)}</td>
            <td className="pr-3">
              {STATUS[d.status] ?? d.status}
              {d.status === 'PENDING' && d.notBefore && d.notBefore > new Date() ? (
                <span className="block text-xs text-amber-800">held until the embargo lifts, {formatDeskTime(d.notBefore)}</span>
              ) : null}
              {d.error ? <span className="block text-xs text-red-700">{d.error}</span> : null}
            </td>
            <td className="pr-3">{d.attempts}</td>
            <td className="pr-3">{d.responseStatus ?? '—'}</td>
            <td className="pr-3">{d.responseMs === null ? '—' : `${d.responseMs} ms`}</td>
            <td>
              <ActionForm
                action={redeliver}
                submitLabel="Redeliver"
                variant="secondary"
                className="inline-flex items-center gap-2"
                label={`Redeliver ${d.event} of ${formatDeskTime(d.createdAt)}`}
              >
                <input type="hidden" name="deliveryId" value={d.id} />
              </ActionForm>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

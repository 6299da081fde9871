import { ActionForm } from '@/components/ui/action-form';
import { CreateWebhookForm } from '@/components/desk/webhooks/create-webhook-form';
import { DeliveryLog } from '@/components/desk/webhooks/delivery-log';
import { formatDeskTime } from '@/lib/time/format';
import { WEBHOOK_EVENT_LABELS, type WebhookEvent } from '@/lib/webhooks/events';
import { listWebhooks } from '@/lib/webhooks/queries';
import { requireViewer } from '../../require-viewer';
import { createWebhookAction, deleteWebhookAction, redeliverAction, setWebhookActiveAction } from './actions';

export const metadata = { title: 'Webhooks' };

export default async function WebhooksPage() {
  const viewer = await requireViewer('/desk/webhooks', 'webhook.manage');
  const hooks = await listWebhooks(viewer);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">Webhooks</h1>
      <p className="max-w-3xl text-sm text-slate-600">
        Partner systems hear of publications, updates, kills and live entries at once. Each delivery is a JSON <code>POST</code> signed with the hook&apos;s
        secret: <code>X-Newsroom-Signature: sha256=&lt;HMAC-SHA256 of the body&gt;</code>, with <code>X-Newsroom-Timestamp</code> (Unix seconds, also
        <code> sentAt</code> in the body), <code>X-Newsroom-Event</code> and <code>X-Newsroom-Delivery</code>. A failed delivery is retried with growing pauses
        (8 attempts over about 45 minutes); publishing never waits for it.
      </p>
      <CreateWebhookForm action={createWebhookAction} />
      {hooks.length === 0 ? <p className="text-sm text-slate-600">No webhooks yet.</p> : null}
      {hooks.map((hook) => (
        <section key={hook.id} aria-label={`Webhook ${hook.url}`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <div>
              <h2 className="break-all font-mono text-sm font-semibold">{hook.url}</h2>
              <p className="text-xs text-slate-600">
                {hook.description ? `${hook.description} · ` : ''}
                {hook.events.map((e) => WEBHOOK_EVENT_LABELS[e as WebhookEvent] ?? e).join('; ')}
                {' · '}added {formatDeskTime(hook.createdAt)} by {hook.createdBy.name} · {hook.active ? 'on' : 'off'}
              </p>
            </div>
            <div className="flex gap-2">
              <ActionForm action={setWebhookActiveAction} submitLabel={hook.active ? 'Switch off' : 'Switch on'} variant="secondary" className="inline-flex">
                <input type="hidden" name="id" value={hook.id} />
                <input type="hidden" name="active" value={hook.active ? 'false' : 'true'} />
              </ActionForm>
              <ActionForm
                action={deleteWebhookAction}
                submitLabel="Delete webhook"
                variant="danger"
                className="inline-flex"
                confirm={`Delete the webhook to ${hook.url}? Its log goes with it.`}
              >
                <input type="hidden" name="id" value={hook.id} />
              </ActionForm>
            </div>
          </div>
          <DeliveryLog deliveries={hook.deliveries} redeliver={redeliverAction} url={hook.url} />
        </section>
      ))}
    </div>
  );
}

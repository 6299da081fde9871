import { ActionForm } from '@/components/ui/action-form';
import { CreateApiKeyForm } from '@/components/desk/wire/create-api-key-form';
import { listApiKeys, SCOPE_LABELS } from '@/lib/apikeys/queries';
import { formatDeskTime } from '@/lib/time/format';
import { requireViewer } from '../../require-viewer';
import { createApiKeyAction, revokeApiKeyAction } from './actions';

export const metadata = { title: 'API keys' };

const when = (date: Date | null) => (date ? formatDeskTime(date) : '—');

export default async function ApiKeysPage() {
  const viewer = await requireViewer('/desk/api-keys', 'apikey.manage');
  const keys = await listApiKeys(viewer);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">API keys</h1>
      <p className="text-sm text-slate-600">
        Keys let agencies send copy to <code>POST /api/v1/ingest</code> and subscribers read <code>/api/v1/stories</code> (with embargoed stories).
        Send one as <code>Authorization: Bearer &lt;key&gt;</code>.
      </p>
      <CreateApiKeyForm action={createApiKeyAction} />
      <table className="w-full text-sm" aria-label="API keys">
        <thead className="text-left text-slate-600"><tr><th>Name</th><th>Key</th><th>May</th><th>Created</th><th>Last used</th><th>Status</th><th /></tr></thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className="border-t border-slate-200">
              <td className="py-2 pr-3 font-medium">{key.name}</td>
              <td className="pr-3 font-mono">{key.prefix}…</td>
              <td className="pr-3">{key.scopes.map((scope) => SCOPE_LABELS[scope]).join('; ') || 'nothing'}</td>
              <td className="pr-3">{when(key.createdAt)} by {key.createdBy.name}</td>
              <td className="pr-3">{when(key.lastUsedAt)}</td>
              <td className="pr-3">{key.revokedAt ? `revoked ${when(key.revokedAt)}` : key.expiresAt && key.expiresAt <= new Date() ? `expired ${when(key.expiresAt)}` : key.expiresAt ? `active until ${when(key.expiresAt)}` : 'active'}</td>
              <td>{key.revokedAt ? null : (
                <ActionForm action={revokeApiKeyAction} submitLabel={`Revoke ${key.name}`} variant="danger" label={`Revoke ${key.name}`} confirm={`Revoke the key “${key.name}”? Whoever uses it is cut off at once.`}>
                  <input type="hidden" name="id" value={key.id} />
                </ActionForm>
              )}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

import { ActionForm } from '@/components/ui/action-form';
import { FormTextField } from '@/components/ui/form-field';
import { CreateApiKeyForm } from '@/components/desk/wire/create-api-key-form';
import { listApiKeys, SCOPE_LABELS } from '@/lib/apikeys/queries';
import { formatDeskTime } from '@/lib/time/format';
import { requireViewer } from '../../require-viewer';
import { createApiKeyAction, revokeApiKeyAction, setApiKeySourcesAction } from './actions';

export const metadata = { title: 'API keys' };

const when = (date: Date | null) => (date ? formatDeskTime(date) : '—');

export default async function ApiKeysPage() {
  const viewer = await requireViewer('/desk/api-keys', 'apikey.manage');
  const keys = await listApiKeys(viewer);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">API keys</h1>
      <p className="text-sm text-slate-600">
        Keys let agencies send copy to <code>POST /api/v1/ingest</code> and subscribers read <code>/api/v1/stories</code> (with embargoed stories). Send one as{' '}
        <code>Authorization: Bearer &lt;key&gt;</code>. A key that sends copy files it under its own name, or under the sources you allow it: an item is
        identified by its source and its guid, so no key can change or kill another agency&rsquo;s copy.
      </p>
      <CreateApiKeyForm action={createApiKeyAction} />
      <table className="w-full text-sm" aria-label="API keys">
        <thead className="text-left text-slate-600">
          <tr>
            <th>Name</th>
            <th>Key</th>
            <th>May</th>
            <th>Files copy under</th>
            <th>Created</th>
            <th>Last used</th>
            <th>Status</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => (
            <tr key={key.id} className="border-t border-slate-200">
              <td className="py-2 pr-3 font-medium">{key.name}</td>
              <td className="pr-3 font-mono">{key.prefix}…</td>
              <td className="pr-3">{key.scopes.map((scope) => SCOPE_LABELS[scope]).join('; ') || 'nothing'}</td>
              <td className="py-2 pr-3">
                {!key.scopes.includes('INGEST') ? (
                  '—'
                ) : key.revokedAt ? (
                  key.sources.join(', ') || key.name
                ) : (
                  <ActionForm action={setApiKeySourcesAction} submitLabel={`Save sources for ${key.name}`} variant="secondary" className="space-y-1">
                    <input type="hidden" name="id" value={key.id} />
                    <FormTextField name="sources" id={`sources-${key.id}`} label={`Sources for ${key.name}`} defaultValue={key.sources.join(', ')} />
                    <p className="text-xs text-slate-500">
                      {key.sources.length ? `Only copy naming ${key.sources.join(' or ')} is accepted.` : `Empty: its copy is filed under “${key.name}”.`}
                    </p>
                  </ActionForm>
                )}
              </td>
              <td className="pr-3">
                {when(key.createdAt)} by {key.createdBy.name}
              </td>
              <td className="pr-3">{when(key.lastUsedAt)}</td>
              <td className="pr-3">
                {key.revokedAt
                  ? `revoked ${when(key.revokedAt)}`
                  : key.expiresAt && key.expiresAt <= new Date()
                    ? `expired ${when(key.expiresAt)}`
                    : key.expiresAt
                      ? `active until ${when(key.expiresAt)}`
                      : 'active'}
              </td>
              <td>
                {key.revokedAt ? null : (
                  <ActionForm
                    action={revokeApiKeyAction}
                    submitLabel={`Revoke ${key.name}`}
                    variant="danger"
                    label={`Revoke ${key.name}`}
                    confirm={`Revoke the key “${key.name}”? Whoever uses it is cut off at once.`}
                  >
                    <input type="hidden" name="id" value={key.id} />
                  </ActionForm>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

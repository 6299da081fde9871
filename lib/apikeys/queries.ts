import 'server-only';
import type { ApiScope } from '@/generated/prisma/client';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { apiKeyFromHeaders, hashApiKey } from './keys';

/** A caller with a key: its scopes, and the sources it may file copy under (none: its own name). */
export type ApiClient = { id: string; name: string; scopes: ApiScope[]; sources: string[] };

/** What a request may do with the API, by the key it carries. */
export type ApiAccess = { kind: 'anonymous' } | { kind: 'client'; client: ApiClient } | { kind: 'refused'; status: 401 | 403; message: string };

export const SCOPE_LABELS = {
  READ: 'Read the stories API, embargoed copy included',
  INGEST: 'Send wire copy to the incoming desk',
} satisfies Record<ApiScope, string>;

export async function listApiKeys(viewer: Viewer) {
  assertCan(viewer, 'apikey.manage');
  return prisma.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    include: { createdBy: { select: { name: true } } },
  });
}

/**
 * Resolves a request's API key and checks it may do `scope`. No key at all is an
 * anonymous caller (the route decides whether that is enough); a key that is unknown,
 * revoked or expired is refused with 401, never treated as anonymous; a valid key
 * without the scope is refused with 403.
 */
export async function apiAccess(headers: Headers, scope: ApiScope, now = new Date()): Promise<ApiAccess> {
  const key = apiKeyFromHeaders(headers);
  if (key === null) return { kind: 'anonymous' };
  const row = key
    ? await prisma.apiKey.findUnique({
        where: { hash: hashApiKey(key) },
        select: { id: true, name: true, scopes: true, sources: true, revokedAt: true, expiresAt: true, lastUsedAt: true },
      })
    : null;
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) {
    return { kind: 'refused', status: 401, message: 'This API key is not valid: it is unknown, revoked or expired.' };
  }
  if (!row.scopes.includes(scope))
    return { kind: 'refused', status: 403, message: `This API key may not ${scope === 'READ' ? 'read the stories API' : 'send wire copy'}.` };
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > 60_000) {
    await prisma.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return { kind: 'client', client: { id: row.id, name: row.name, scopes: row.scopes, sources: row.sources } };
}

import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { apiKeyFromHeaders, hashApiKey } from './keys';

export type ApiClient = { id: string; name: string };

export async function listApiKeys(viewer: Viewer) {
  assertCan(viewer, 'apikey.manage');
  return prisma.apiKey.findMany({ orderBy: [{ revokedAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }], include: { createdBy: { select: { name: true } } } });
}

/** The client behind a request's API key, or null (no key, unknown or revoked). */
export async function apiClientOf(headers: Headers): Promise<ApiClient | null> {
  const key = apiKeyFromHeaders(headers);
  if (!key) return null;
  const row = await prisma.apiKey.findUnique({ where: { hash: hashApiKey(key) }, select: { id: true, name: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await prisma.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { id: row.id, name: row.name };
}

import { apiAccess } from '@/lib/apikeys/queries';
import { getDistributed } from '@/lib/wire/export/distribution-queries';

/**
 * Who reads the stories API: anyone without a key (what the site shows), a subscriber
 * with a READ key (embargoed copy too), or a refusal to send back (a bad key is a 401,
 * never the anonymous view).
 */
export async function readAccess(request: Request): Promise<{ subscriber: boolean } | Response> {
  const access = await apiAccess(request.headers, 'READ');
  if (access.kind === 'refused')
    return Response.json({ error: access.message }, { status: access.status, headers: { 'cache-control': 'no-store', 'www-authenticate': 'Bearer' } });
  return { subscriber: access.kind === 'client' };
}

export const DISTRIBUTION_HEADERS = { 'cache-control': 'no-store', vary: 'authorization, x-api-key' } as const;

/** The story a `/api/v1/stories/{id}…` request names, as its caller may have it, or the refusal to send back. */
export async function distributedStory(request: Request, params: Promise<{ id: string }>) {
  const access = await readAccess(request);
  if (access instanceof Response) return access;
  const { id } = await params;
  const found = /^[\w-]{1,40}$/.test(id) ? await getDistributed(id, access) : null;
  return found ?? Response.json({ error: 'No published story has this id.' }, { status: 404 });
}

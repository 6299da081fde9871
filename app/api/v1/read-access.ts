import { apiAccess } from '@/lib/apikeys/queries';

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

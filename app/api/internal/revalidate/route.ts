import { timingSafeEqual } from 'node:crypto';
import { env } from '@/lib/env';
import { expirePublicPages } from '@/lib/cache/revalidate-public';

/**
 * Expires this instance's cached public pages. Called by the start script once the
 * server is up (cached pages from an earlier run may describe a database that has
 * changed since) and by the instance itself when another instance or the job runner
 * announces a change. The token is made afresh by each start and known only to the
 * processes it starts.
 */
export async function POST(request: Request) {
  const expected = env().NEWSROOM_INTERNAL_TOKEN ?? '';
  const given = request.headers.get('x-newsroom-token') ?? '';
  if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return new Response('Forbidden', { status: 403 });
  }
  expirePublicPages(new URL(request.url).searchParams.get('slug'));
  return new Response(null, { status: 204 });
}

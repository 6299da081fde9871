import { timingSafeEqual } from 'node:crypto';
import { revalidatePublicSite } from '@/app/revalidate-public';

/**
 * Called by the start script once the server is up: cached pages from an earlier run
 * may describe a database that has changed since, so everything is revalidated. The
 * token is made afresh by each start and known only to that process.
 */
export async function POST(request: Request) {
  const expected = process.env.NEWSROOM_INTERNAL_TOKEN ?? '';
  const given = request.headers.get('x-newsroom-token') ?? '';
  if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return new Response('Forbidden', { status: 403 });
  }
  revalidatePublicSite();
  return new Response(null, { status: 204 });
}

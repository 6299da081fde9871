import { timingSafeEqual } from 'node:crypto';
import { revalidatePublicSite } from '@/app/revalidate-public';
import { forgetStoryState } from '@/lib/stories/story-gate';

/**
 * Called by the start script once the server is up (cached pages from an earlier run
 * may describe a database that has changed since) and by the job runner after a
 * scheduled publication. The token is made afresh by each start and known only to the
 * processes it starts.
 */
export async function POST(request: Request) {
  const expected = process.env.NEWSROOM_INTERNAL_TOKEN ?? '';
  const given = request.headers.get('x-newsroom-token') ?? '';
  if (!expected || given.length !== expected.length || !timingSafeEqual(Buffer.from(given), Buffer.from(expected))) {
    return new Response('Forbidden', { status: 403 });
  }
  const slug = new URL(request.url).searchParams.get('slug');
  if (slug) forgetStoryState(slug);
  revalidatePublicSite();
  return new Response(null, { status: 204 });
}

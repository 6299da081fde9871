import { apiClientOf } from '@/lib/apikeys/queries';
import { env } from '@/lib/env';
import { getDistributed } from '@/lib/wire/export/distribution-queries';
import { toNewsml } from '@/lib/wire/export/newsml';

/** One story as a NewsML-G2 newsItem; a killed one as `stat:canceled` without its content. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await getDistributed(id.slice(0, 40), { subscriber: !!(await apiClientOf(request.headers)) });
  if (!found) return Response.json({ error: 'No published story has this id.' }, { status: 404 });
  return new Response(toNewsml(found.publication, env().NEWSROOM_SITE_URL), {
    headers: { 'content-type': 'application/vnd.iptc.g2.newsitem+xml; charset=utf-8', 'cache-control': 'no-store', vary: 'authorization, x-api-key' },
  });
}

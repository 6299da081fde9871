import { env } from '@/lib/env';
import { getDistributed } from '@/lib/wire/export/distribution-queries';
import { toNewsml } from '@/lib/wire/export/newsml';
import { DISTRIBUTION_HEADERS, readAccess } from '../../../read-access';

/** One story as a NewsML-G2 newsItem; a killed one as `stat:canceled` without its content. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await readAccess(request);
  if (access instanceof Response) return access;
  const { id } = await params;
  const found = /^[\w-]{1,40}$/.test(id) ? await getDistributed(id, access) : null;
  if (!found) return Response.json({ error: 'No published story has this id.' }, { status: 404 });
  return new Response(toNewsml(found.publication, env().NEWSROOM_SITE_URL), {
    headers: { 'content-type': 'application/vnd.iptc.g2.newsitem+xml; charset=utf-8', ...DISTRIBUTION_HEADERS },
  });
}

import { env } from '@/lib/env';
import { toNewsml } from '@/lib/wire/export/newsml';
import { DISTRIBUTION_HEADERS, distributedStory } from '../../../read-access';

/** One story as a NewsML-G2 newsItem; a killed one as `stat:canceled` without its content. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const found = await distributedStory(request, params);
  if (found instanceof Response) return found;
  return new Response(toNewsml(found.publication, env().NEWSROOM_SITE_URL), {
    headers: { 'content-type': 'application/vnd.iptc.g2.newsitem+xml; charset=utf-8', ...DISTRIBUTION_HEADERS },
  });
}

import { env } from '@/lib/env';
import { canceledNinjs, toNinjs } from '@/lib/wire/export/ninjs';
import { DISTRIBUTION_HEADERS, distributedStory } from '../../read-access';

/** One story as ninjs 2.2; a killed one as `canceled` without its content. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const found = await distributedStory(request, params);
  if (found instanceof Response) return found;
  const site = env().NEWSROOM_SITE_URL;
  return Response.json(found.killed ? canceledNinjs(found.publication, site) : toNinjs(found.publication, site), { headers: DISTRIBUTION_HEADERS });
}

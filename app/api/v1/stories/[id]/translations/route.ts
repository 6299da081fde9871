import { env } from '@/lib/env';
import { translationsListing } from '@/lib/wire/export/translations';
import { DISTRIBUTION_HEADERS, distributedStory } from '../../../read-access';

/** A story's published translations (a killed story's stand, and are listed; its own content is not). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const found = await distributedStory(request, params);
  if (found instanceof Response) return found;
  return Response.json(translationsListing(found.publication, env().NEWSROOM_SITE_URL), { headers: DISTRIBUTION_HEADERS });
}

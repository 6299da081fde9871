import { apiClientOf } from '@/lib/apikeys/queries';
import { env } from '@/lib/env';
import { getDistributed } from '@/lib/wire/export/distribution-queries';
import { canceledNinjs, toNinjs } from '@/lib/wire/export/ninjs';

/** One story as ninjs 2.2; a killed one as `canceled` without its content. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const found = await getDistributed(id.slice(0, 40), { subscriber: !!(await apiClientOf(request.headers)) });
  if (!found) return Response.json({ error: 'No published story has this id.' }, { status: 404 });
  const site = env().NEWSROOM_SITE_URL;
  return Response.json(found.killed ? canceledNinjs(found.publication, site) : toNinjs(found.publication, site), {
    headers: { 'cache-control': 'no-store', vary: 'authorization, x-api-key' },
  });
}

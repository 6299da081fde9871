import { env } from '@/lib/env';
import { getDistributed } from '@/lib/wire/export/distribution-queries';
import { canceledNinjs, toNinjs } from '@/lib/wire/export/ninjs';
import { DISTRIBUTION_HEADERS, readAccess } from '../../read-access';

/** One story as ninjs 2.2; a killed one as `canceled` without its content. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const access = await readAccess(request);
  if (access instanceof Response) return access;
  const { id } = await params;
  const found = /^[\w-]{1,40}$/.test(id) ? await getDistributed(id, access) : null;
  if (!found) return Response.json({ error: 'No published story has this id.' }, { status: 404 });
  const site = env().NEWSROOM_SITE_URL;
  return Response.json(found.killed ? canceledNinjs(found.publication, site) : toNinjs(found.publication, site), { headers: DISTRIBUTION_HEADERS });
}

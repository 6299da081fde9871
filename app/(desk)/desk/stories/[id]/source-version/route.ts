import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { sourceVersionOf } from '@/lib/translations/queries';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** The version of a translation's source now, for the translator's page to follow the source (components/desk/translations/source-watch.tsx). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, 'desk.view')) return Response.json({ error: 'Sign in to the desk.' }, { status: viewer ? 403 : 401, headers: NO_STORE });
  const version = await sourceVersionOf(viewer, (await params).id);
  if (version === null) return Response.json({ error: 'This story is not a translation.' }, { status: 404, headers: NO_STORE });
  return Response.json({ version }, { headers: NO_STORE });
}

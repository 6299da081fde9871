import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { sourceFingerprintOf } from '@/lib/translations/queries';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** What a translation's source shows now, as a hash, for the translator's page to follow the source (components/desk/translations/source-watch.tsx). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, 'desk.view')) return Response.json({ error: 'Sign in to the desk.' }, { status: viewer ? 403 : 401, headers: NO_STORE });
  const fingerprint = await sourceFingerprintOf(viewer, (await params).id);
  if (fingerprint === null) return Response.json({ error: 'This story is not a translation.' }, { status: 404, headers: NO_STORE });
  return Response.json({ fingerprint }, { headers: NO_STORE });
}

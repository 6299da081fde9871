import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { Action, Viewer } from '@/lib/auth/permissions';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';

/**
 * For desk pages: the signed-in viewer, or a redirect to sign-in that comes back
 * here. With `action`, a viewer whose role may not do it sees a 403-style page.
 */
export async function requireViewer(path: string, action?: Action): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) {
    const requested = (await headers()).get('x-newsroom-path') ?? path;
    redirect(`/login?callbackUrl=${encodeURIComponent(requested)}`);
  }
  if (action && !can(viewer, action)) redirect('/desk/forbidden');
  return viewer;
}

import { cache } from 'react';
import type { Viewer } from './permissions';
import { auth } from './next-auth';
import { findSessionViewer } from './sessions';
import { setRequestUser } from '@/lib/telemetry/request-context';

/**
 * The signed-in person for this request, straight from the database (so a sign-out,
 * a deactivation or a role change applies at once), or null. Cached per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId || !session.sessionId) return null;
  const viewer = await findSessionViewer(session.sessionId, userId);
  if (viewer) setRequestUser(viewer.id); // the request's log lines and trace name who
  return viewer;
});

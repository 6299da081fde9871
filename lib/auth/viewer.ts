import { cache } from 'react';
import type { Viewer } from './permissions';
import { auth } from './next-auth';
import { findActiveUser } from './queries';

/**
 * The signed-in person for this request, straight from the database (so a
 * deactivation or role change applies at once), or null. Cached per request.
 */
export const getViewer = cache(async (): Promise<Viewer | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  const user = await findActiveUser(id);
  return user ? { id: user.id, role: user.role, name: user.name, email: user.email } : null;
});

import type { Viewer } from '@/lib/auth/permissions';
import { ROLE_LABELS } from '@/lib/auth/roles';
import { personColour } from './person-colour';

/** Who a person is on a shared story, as everyone else's screen shows them: always the server's word, from the session. */
export type PresenceIdentity = { id: string; name: string; color: string; role: string };

export function presenceIdentity(viewer: Pick<Viewer, 'id' | 'name' | 'role'>): PresenceIdentity {
  return { id: viewer.id, name: viewer.name, color: personColour(viewer.id), role: ROLE_LABELS[viewer.role] ?? viewer.role };
}

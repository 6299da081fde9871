import { can, type Action, type Viewer } from '@/lib/auth/permissions';
import { viewerOfCookies } from '@/lib/collab/session-cookie';
import { textResponse } from '@/lib/http/event-stream';

const HEARTBEAT_MS = 20_000;

/**
 * Who opens a desk stream, by the desk's session cookie, when they may `action`; else the
 * answer refusing them (401, or 403 with `refusal`). The heartbeat asks again: a session
 * signed out or a role taken away ends the stream.
 */
export async function deskStreamSession(request: Request, action: Action, refusal: string, heartbeatMs = HEARTBEAT_MS) {
  const cookie = request.headers.get('cookie') ?? undefined;
  const signedIn = await viewerOfCookies(cookie);
  if (!signedIn) return textResponse(401, 'Sign in first.');
  if (!can(signedIn.viewer, action)) return textResponse(403, refusal);
  const viewer: Viewer = signedIn.viewer;
  const heartbeat = {
    everyMs: heartbeatMs,
    stillAllowed: async () => {
      const still = await viewerOfCookies(cookie);
      return !!still && can(still.viewer, action);
    },
  };
  return { viewer, heartbeat };
}

import { deskSignals } from '@/lib/http/desk-signals';
import { deskStreamSession } from '@/lib/http/desk-stream-session';
import { eventStreamResponse, textResponse } from '@/lib/http/event-stream';
import { followedSource } from '@/lib/translations/queries';

/**
 * A translator's live connection to the source (Server-Sent Events): what the source
 * shows, as a fingerprint, first on opening and then each time it changes, the moment
 * the change commits (a trigger announces it on the desk's channel). The page compares it
 * with the one it shows and fetches the source again when they differ. Signed in with
 * the desk's session, checked again every 20 s.
 */
export async function serveSourceStream(request: Request, translationId: string, options: { heartbeatMs?: number } = {}): Promise<Response> {
  const session = await deskStreamSession(request, 'desk.view', 'The desk is for its staff.', options.heartbeatMs);
  if (session instanceof Response) return session;
  const { viewer, heartbeat } = session;
  const first = await followedSource(viewer, translationId);
  if (!first) return textResponse(404, 'This story is not a translation.');
  return eventStreamResponse(
    request,
    ({ send, close }) => {
      let sent = '';
      let queue = Promise.resolve();
      // One look at a time, in order; a fingerprint is sent only when it is new.
      const look = () => {
        queue = queue
          .then(async () => {
            const now = await followedSource(viewer, translationId);
            if (!now) return close();
            if (now.fingerprint === sent) return;
            sent = now.fingerprint;
            send(`event: source\ndata: ${JSON.stringify({ fingerprint: now.fingerprint })}\n\n`);
          })
          .catch((error: Error) => console.error(`[desk] source change not sent: ${error.message}`));
      };
      const leave = deskSignals().subscribe({ source: (storyId) => (storyId === first.sourceId ? look() : undefined), resync: look });
      send('retry: 3000\n\n');
      look();
      return leave;
    },
    heartbeat,
  );
}

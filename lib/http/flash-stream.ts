import { deskSignals } from '@/lib/http/desk-signals';
import { deskStreamSession } from '@/lib/http/desk-stream-session';
import { eventStreamResponse } from '@/lib/http/event-stream';
import { flashesInReviewSince } from '@/lib/stories/desk-queries';

/**
 * The reviewers' live connection (Server-Sent Events): a FLASH sent for review arrives
 * the moment it is committed, in a background tab as in the front one (browsers keep
 * an EventSource open when a tab is hidden; they slow its timers, not its network).
 * Signed in with the desk's session and checked again every 20 s: a session signed out
 * or a role taken away ends the stream. A reconnect names the last FLASH it saw
 * (Last-Event-ID) and is sent what came after it.
 */
export async function serveFlashStream(request: Request, options: { heartbeatMs?: number } = {}): Promise<Response> {
  const session = await deskStreamSession(request, 'story.review', 'The FLASH alerts are for reviewers.', options.heartbeatMs);
  if (session instanceof Response) return session;
  const { viewer, heartbeat } = session;
  const lastSeen = Number(request.headers.get('last-event-id') ?? '');
  let since = Number.isFinite(lastSeen) && lastSeen > 0 ? new Date(lastSeen) : new Date();
  return eventStreamResponse(
    request,
    ({ send }) => {
      // One catch-up at a time, in order: each sends the FLASHes submitted since the last one sent.
      let queue = Promise.resolve();
      const catchUp = () => {
        queue = queue
          .then(async () => {
            const flashes = (await flashesInReviewSince(viewer, since)).reverse();
            for (const story of flashes) {
              since = story.submittedAt!;
              const data = {
                id: story.id,
                headline: story.headline || 'Untitled FLASH',
                author: story.author.name,
                submittedAt: story.submittedAt!.toISOString(),
              };
              send(`id: ${story.submittedAt!.getTime()}\nevent: flash\ndata: ${JSON.stringify(data)}\n\n`);
            }
          })
          .catch((error: Error) => console.error(`[desk] FLASH alert not sent: ${error.message}`));
      };
      const leave = deskSignals().subscribe({ flash: catchUp, resync: catchUp });
      send('retry: 3000\n\n');
      if (lastSeen > 0) catchUp();
      return leave;
    },
    heartbeat,
  );
}

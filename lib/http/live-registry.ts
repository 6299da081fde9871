import type { IncomingMessage, ServerResponse } from 'node:http';

/** Where readers' pages connect (Server-Sent Events): `?story=<slug>&since=<ms>` for a live story, nothing for the banner only. */
export const LIVE_EVENTS_PATH = '/live/events';

export type LiveStream = { serve: (req: IncomingMessage, res: ServerResponse) => Promise<void> };

// The stream is started inside Next's server (instrumentation.ts, where the domain's
// modules load as the app's do) and served by the front server (scripts/server.ts),
// in the same process: the two meet here.
const shared = globalThis as { __newsroomLiveStream?: LiveStream };

export function installLiveStream(stream: LiveStream) {
  shared.__newsroomLiveStream = stream;
}

export const liveStream = (): LiveStream | undefined => shared.__newsroomLiveStream;

export const isLiveRequest = (url: string | undefined) => url === LIVE_EVENTS_PATH || !!url?.startsWith(`${LIVE_EVENTS_PATH}?`);

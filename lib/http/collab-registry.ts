import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

/** Where the desk's editors open their WebSocket. */
export const COLLAB_PATH = '/collab';

export type CollabUpgrade = { handleUpgrade: (request: IncomingMessage, socket: Duplex, head: Buffer) => void };

// Started inside Next's server (instrumentation.ts), where the domain's modules load as
// the app's do; the front server (scripts/server.ts) hands it WebSocket upgrades.
const shared = globalThis as { __newsroomCollab?: CollabUpgrade };

export function installCollab(collab: CollabUpgrade) {
  shared.__newsroomCollab = collab;
}

export const collabServer = (): CollabUpgrade | undefined => shared.__newsroomCollab;

export const isCollabRequest = (url: string | undefined) => url === COLLAB_PATH || !!url?.startsWith(`${COLLAB_PATH}?`) || !!url?.startsWith(`${COLLAB_PATH}/`);

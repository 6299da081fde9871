import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long a refused body may keep arriving after the answer before the connection is dropped. */
const LINGER_MS = 5_000;

/** Below this, an unread body is left to Node, which reads and drops it and keeps the connection for the next request. */
const SMALL_BODY_BYTES = 64 * 1024;

const declaresLargeBody = (req: IncomingMessage) =>
  Number(req.headers['content-length'] ?? 0) > SMALL_BODY_BYTES || req.headers['transfer-encoding'] !== undefined;

/**
 * An answer sent before a large request body was read (an upload refused for its size, or
 * for who sent it). Closing the socket at once, with the client's data still arriving, makes the
 * kernel answer that data with a reset, and a reset can discard the answer before the client
 * has read it. So after such an answer the write side is closed (the client sees the end and
 * stops sending), the rest of the body is read and dropped (Node discards a body nobody
 * read), and the socket goes once the client stops, or after LINGER_MS: a lingering close,
 * as Apache and nginx do it. Routes that refuse early therefore leave the Connection header
 * alone: `Connection: close` makes Node destroy the socket as soon as the answer is written.
 */
export function lingerAfterEarlyAnswer(req: IncomingMessage, res: ServerResponse) {
  if (!declaresLargeBody(req)) return;
  res.once('finish', () => {
    if (req.complete) return;
    const socket = req.socket;
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS).unref();
    socket.once('close', () => clearTimeout(timer));
  });
}

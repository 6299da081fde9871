import type { IncomingMessage, ServerResponse } from 'node:http';

/** How long a refused body may keep arriving after the answer before the connection is dropped. */
const LINGER_MS = 5_000;

const declaresBody = (req: IncomingMessage) => Number(req.headers['content-length'] ?? 0) > 0 || req.headers['transfer-encoding'] !== undefined;

/**
 * An answer sent before its request's body was read (an upload refused for its size, or for
 * who sent it). Closing the socket at once, with the client's data still arriving, makes the
 * kernel answer that data with a reset, and a reset can discard the answer before the client
 * has read it. So after such an answer the write side is closed (the client sees the end and
 * stops sending), the rest of the body is read and dropped (Node discards a body nobody
 * read), and the socket goes once the client stops, or after LINGER_MS: a lingering close,
 * as Apache and nginx do it. Routes that refuse early therefore leave the Connection header
 * alone: `Connection: close` makes Node destroy the socket as soon as the answer is written.
 */
export function lingerAfterEarlyAnswer(req: IncomingMessage, res: ServerResponse) {
  if (!declaresBody(req)) return;
  res.once('finish', () => {
    if (req.complete) return;
    const socket = req.socket;
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS).unref();
    socket.once('close', () => clearTimeout(timer));
  });
}

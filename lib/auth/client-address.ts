// The front server (scripts/server.ts) sets this header on every request from the
// socket's address (or a trusted proxy's X-Forwarded-For), after removing whatever the
// client sent. Without that server in front (e.g. `next dev`) no header is believed.
export const CLIENT_ADDRESS_HEADER = 'x-newsroom-client-address';

const FLAG = '__newsroomFrontServer';

export function markFrontServer() {
  (globalThis as Record<string, unknown>)[FLAG] = true;
}

/** The client's address as the front server determined it, or 'unknown'. */
export function clientAddressOf(headers: Headers): string {
  if (!(globalThis as Record<string, unknown>)[FLAG]) return 'unknown';
  return headers.get(CLIENT_ADDRESS_HEADER) || 'unknown';
}

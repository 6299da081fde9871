import type { IncomingMessage } from 'node:http';
import { moduleLogger } from '@/lib/telemetry/logger';

const FORWARDED = ['x-forwarded-for', 'forwarded', 'x-real-ip', 'x-forwarded-proto'] as const;

export type ForwardingWarning = { peer: string; header: string; at: Date };
const shared = globalThis as { __newsroomForwardingWarning?: ForwardingWarning };

/** Set once a request came through a proxy the newsroom was not told to trust (the System page shows it). */
export const forwardingWarning = (): ForwardingWarning | undefined => shared.__newsroomForwardingWarning;

/**
 * Called for requests from peers that are not trusted proxies. When NEWSROOM_TRUSTED_PROXIES
 * is empty and such a request carries forwarding headers, the newsroom is most likely
 * behind a proxy it does not know: every reader and editor then has the proxy's address,
 * so per-address limits (search, sign-in) treat them as one. Said once, as a warning.
 */
export function warnOfUntrustedForwarding(req: IncomingMessage) {
  if (shared.__newsroomForwardingWarning || process.env.NEWSROOM_TRUSTED_PROXIES?.trim()) return;
  const header = FORWARDED.find((name) => req.headers[name] !== undefined);
  if (!header) return;
  const peer = (req.socket.remoteAddress ?? 'unknown').replace(/^::ffff:/, '');
  shared.__newsroomForwardingWarning = { peer, header, at: new Date() };
  moduleLogger('http').warn(
    { peer, header },
    `Requests arrive with ${header} from ${peer}, but NEWSROOM_TRUSTED_PROXIES is not set: every client looks like ${peer} to the newsroom, ` +
      `so search and sign-in limits count them as one address. If ${peer} is your proxy or load balancer, set NEWSROOM_TRUSTED_PROXIES=${peer}.`,
  );
}

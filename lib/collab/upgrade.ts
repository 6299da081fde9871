import type { IncomingMessage } from 'node:http';
import type { Viewer } from '@/lib/auth/permissions';
import { viewerOfCookies } from './session-cookie';

/** A WebSocket upgrade as the collaboration server decides it: accepted for a signed-in desk user, or refused with a status. */
export type UpgradeVerdict = { ok: true; viewer: Viewer; sessionId: string } | { ok: false; status: 401 | 403; reason: string };

/** The host an Origin header names, or null when it is not an http(s) origin at all ("null", junk). */
export function originHost(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null;
  } catch {
    return null;
  }
}

/**
 * Whether a browser page may open the socket: its Origin is this site (the Host it
 * asked for) or one of `allowed`. A request without an Origin is not a browser's
 * cross-site one (browsers always send it on WebSockets) and is left to the session check.
 */
export function sameSiteOrigin(origin: string | undefined, host: string | undefined, allowed: readonly string[] = []): boolean {
  if (origin === undefined) return true;
  if (allowed.includes(origin)) return true;
  const from = originHost(origin);
  return !!from && !!host && from === host;
}

/**
 * Decides an upgrade before any WebSocket exists: a foreign or malformed Origin is
 * refused (403), and so is a request without a valid desk session (401); the session
 * is read as every desk request reads it.
 */
export async function decideUpgrade(request: Pick<IncomingMessage, 'headers'>, allowedOrigins: readonly string[] = []): Promise<UpgradeVerdict> {
  const origin = request.headers.origin;
  if (!sameSiteOrigin(typeof origin === 'string' ? origin : undefined, request.headers.host, allowedOrigins))
    return { ok: false, status: 403, reason: 'Forbidden origin' };
  const who = await viewerOfCookies(request.headers.cookie);
  if (!who) return { ok: false, status: 401, reason: 'Sign in to the desk first' };
  return { ok: true, viewer: who.viewer, sessionId: who.sessionId };
}

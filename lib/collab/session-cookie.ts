import { decode } from 'next-auth/jwt';
import type { Viewer } from '@/lib/auth/permissions';
import { findSessionViewer } from '@/lib/auth/sessions';

const COOKIES = ['__Secure-authjs.session-token', 'authjs.session-token'];

function cookieValue(header: string | undefined, name: string) {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** The session behind a request's desk cookie (a WebSocket upgrade has no Next request context). */
export async function sessionOfCookies(header: string | undefined, secret = process.env.AUTH_SECRET): Promise<{ sessionId: string; userId: string } | null> {
  if (!secret) return null;
  for (const name of COOKIES) {
    const token = cookieValue(header, name);
    if (!token) continue;
    const payload = await decode({ token, secret, salt: name }).catch(() => null);
    if (payload && typeof payload.sid === 'string' && typeof payload.uid === 'string') return { sessionId: payload.sid, userId: payload.uid };
  }
  return null;
}

/** The signed-in desk user for a cookie header, read from the database like every desk request, or null. */
export async function viewerOfCookies(header: string | undefined): Promise<{ viewer: Viewer; sessionId: string } | null> {
  const session = await sessionOfCookies(header);
  if (!session) return null;
  const viewer = await findSessionViewer(session.sessionId, session.userId);
  return viewer ? { viewer, sessionId: session.sessionId } : null;
}

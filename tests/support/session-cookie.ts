import { encode } from 'next-auth/jwt';
import { afterAll, beforeAll } from 'vitest';
import type { Viewer } from '@/lib/auth/permissions';
import { createSession } from '@/lib/auth/sessions';

const SECRET = 'desk-streams-test-secret-0123456789';

/** Signs this file's session cookies: AUTH_SECRET set for its tests, put back after. */
export function authSecretForTests() {
  const saved = process.env.AUTH_SECRET;
  beforeAll(() => {
    process.env.AUTH_SECRET = SECRET;
  });
  afterAll(() => {
    process.env.AUTH_SECRET = saved;
  });
}

/** A desk session for `viewer`, as the browser's cookie header carries it, and its id (to revoke it). */
export async function cookieFor(viewer: Viewer) {
  const sid = await createSession(viewer.id, { address: '127.0.0.1', userAgent: 'test' });
  const token = await encode({ token: { uid: viewer.id, sid }, secret: SECRET, salt: 'authjs.session-token' });
  return { cookie: `authjs.session-token=${token}`, sid };
}

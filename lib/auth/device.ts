import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A long-lived cookie naming a browser that signed in to an account before. */
export const DEVICE_COOKIE = 'newsroom-device';
export const DEVICE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

const mac = (secret: string, payload: string) => createHmac('sha256', `device:${secret}`).update(payload).digest('base64url');

/** A new device cookie value for an account: `<device id>.<email>.<signature>`. */
export function issueDeviceToken(email: string, secret: string): string {
  const payload = `${randomBytes(12).toString('base64url')}.${Buffer.from(email.toLowerCase()).toString('base64url')}`;
  return `${payload}.${mac(secret, payload)}`;
}

/** The device id when the cookie is genuine and names this account; null otherwise. */
export function verifyDeviceToken(token: string | null | undefined, email: string, secret: string | undefined): string | null {
  if (!token || !secret || token.length > 300) return null;
  const [id, encodedEmail, signature] = token.split('.');
  if (!id || !encodedEmail || !signature) return null;
  const expected = Buffer.from(mac(secret, `${id}.${encodedEmail}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return Buffer.from(encodedEmail, 'base64url').toString() === email.toLowerCase() ? id : null;
}

import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Headers every delivery carries. */
export const SIGNATURE_HEADER = 'x-newsroom-signature';
export const TIMESTAMP_HEADER = 'x-newsroom-timestamp';
export const EVENT_HEADER = 'x-newsroom-event';
export const DELIVERY_HEADER = 'x-newsroom-delivery';

/** A new per-hook secret (shown once to the admin, kept to sign). */
export const newWebhookSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with the hook's secret. */
export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** What a receiver does: recompute and compare in constant time. */
export function verifySignature(secret: string, body: string, header: string | null | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

import { createHash, randomBytes } from 'node:crypto';

export const KEY_PREFIX = 'nr_';

/** A new API key: shown once; only its SHA-256 is stored (the key has 256 random bits, so no slow hash is needed). */
export function generateApiKey() {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, 10), hash: hashApiKey(key) };
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/**
 * The key a request carries (`Authorization: Bearer …` or `X-Api-Key: …`): `null` when
 * it carries none, `''` when it carries something that is not one of our keys.
 */
export function apiKeyFromHeaders(headers: Headers): string | null {
  const authorization = headers.get('authorization');
  const header = headers.get('x-api-key');
  if (authorization === null && header === null) return null;
  const key = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1] ?? header?.trim() ?? '';
  return key.startsWith(KEY_PREFIX) && key.length < 100 ? key : '';
}

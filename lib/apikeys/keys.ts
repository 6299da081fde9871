import { createHash, randomBytes } from 'node:crypto';

export const KEY_PREFIX = 'nr_';

/** A new API key: shown once; only its SHA-256 is stored (the key has 256 random bits, so no slow hash is needed). */
export function generateApiKey() {
  const key = `${KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { key, prefix: key.slice(0, 10), hash: hashApiKey(key) };
}

export const hashApiKey = (key: string) => createHash('sha256').update(key).digest('hex');

/** The key a request carries: `Authorization: Bearer …` or `X-Api-Key: …`. */
export function apiKeyFromHeaders(headers: Headers): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(headers.get('authorization') ?? '')?.[1];
  const key = bearer ?? headers.get('x-api-key')?.trim();
  return key && key.startsWith(KEY_PREFIX) && key.length < 100 ? key : null;
}

import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export type Encoding = 'br' | 'gzip' | 'identity';

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml|[\w.+-]+\+(?:xml|json))|image\/svg\+xml)/i;
/** Below this, compression costs more than it saves. */
const MIN_SIZE = 1024;

/** The best encoding the client accepts (Brotli, then gzip); q=0 refuses one. */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const accepted = new Map<string, number>();
  for (const part of String(acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => accepted.get(name) ?? accepted.get('*') ?? 0;
  if (weight('br') > 0) return 'br';
  if (weight('gzip') > 0) return 'gzip';
  return 'identity';
}

export function worthCompressing(contentType: string | undefined, size: number): boolean {
  return size >= MIN_SIZE && COMPRESSIBLE.test(contentType ?? '');
}

export function encodeBody(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'br')
    return brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 6, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength } });
  if (encoding === 'gzip') return gzipSync(body, { level: 6 });
  return body;
}

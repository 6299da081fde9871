import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

type Entry = { status: number; headers: OutgoingHttpHeaders; body: Buffer; expires: number };

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/;
const NEVER = /^\/(?:desk|api|login|media|_next\/data)(?:\/|$)/;
const MAX_BODY = 2 * 1024 * 1024;

/**
 * A small in-memory cache of public responses in front of Next.js, per instance: a
 * hit is answered from memory without entering the framework. Only anonymous GETs of
 * public paths whose response says it may be shared (public / s-maxage, no cookie set)
 * are kept, for at most their max-age (60 s for pages). Every public change clears it
 * (`expirePublicPages`, here or announced by another instance), so a publication or a
 * kill is never served stale.
 */
export class MicroCache {
  private entries = new Map<string, Entry>();

  constructor(private readonly maxEntries = 5_000, private readonly maxAgeMs = 60_000) {}

  key(req: IncomingMessage): string | null {
    if (req.method !== 'GET' && req.method !== 'HEAD') return null;
    const url = req.url ?? '/';
    if (NEVER.test(url) || req.headers.authorization || req.headers['x-api-key'] || SESSION_COOKIE.test(req.headers.cookie ?? '')) return null;
    if (req.headers['next-router-state-tree'] || req.headers.rsc || req.headers['next-action']) return null; // client navigations and actions
    const encoding = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? '')) ? 'gzip' : 'identity';
    return `${encoding} ${url}`;
  }

  /** Answers from memory when it can; true when it did. */
  serve(req: IncomingMessage, res: ServerResponse, key: string): boolean {
    const entry = this.entries.get(key);
    if (!entry) return false;
    if (entry.expires < Date.now()) {
      this.entries.delete(key);
      return false;
    }
    res.writeHead(entry.status, { ...entry.headers, 'x-newsroom-cache': 'HIT' });
    res.end(req.method === 'HEAD' ? undefined : entry.body);
    return true;
  }

  /** Watches the framework's response and keeps it if it may be shared. */
  capture(res: ServerResponse, key: string) {
    const chunks: Buffer[] = [];
    let size = 0;
    const write = res.write.bind(res) as (...args: unknown[]) => boolean;
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === 'function' || size > MAX_BODY) return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === 'string' ? Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8') : Buffer.from(chunk as Uint8Array);
      size += buffer.byteLength;
      chunks.push(buffer);
    };
    res.write = ((chunk: unknown, ...rest: unknown[]) => { keep(chunk, rest[0]); return write(chunk, ...rest); }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      this.store(key, res, chunks, size);
      return end(chunk, ...rest);
    }) as typeof res.end;
  }

  private store(key: string, res: ServerResponse, chunks: Buffer[], size: number) {
    if (res.statusCode !== 200 || size > MAX_BODY || res.getHeader('set-cookie')) return;
    const cacheControl = String(res.getHeader('cache-control') ?? '');
    if (!/\b(public|s-maxage)\b/.test(cacheControl) || /\b(private|no-store|no-cache)\b/.test(cacheControl)) return;
    const age = Number(/s-maxage=(\d+)/.exec(cacheControl)?.[1] ?? /max-age=(\d+)/.exec(cacheControl)?.[1] ?? 0) * 1000;
    if (!age) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    const headers = { ...res.getHeaders() };
    delete headers['transfer-encoding'];
    headers['content-length'] = size;
    this.entries.set(key, { status: 200, headers, body: Buffer.concat(chunks), expires: Date.now() + Math.min(age, this.maxAgeMs) });
  }

  clear() {
    this.entries.clear();
  }

  get size() {
    return this.entries.size;
  }
}

/** The process's cache, where `expirePublicPages` can reach it (the server and Next share globalThis). */
export function processMicroCache(): MicroCache | undefined {
  return (globalThis as { __newsroomMicroCache?: MicroCache }).__newsroomMicroCache;
}

export function installMicroCache(cache: MicroCache) {
  (globalThis as { __newsroomMicroCache?: MicroCache }).__newsroomMicroCache = cache;
}

import type { IncomingMessage } from 'node:http';
import type { FinishedResponse } from '@/lib/http/public-response';

type Entry = { response: FinishedResponse; expires: number };

const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token/;
const MAX_BODY = 2 * 1024 * 1024;

/**
 * A small in-memory cache of finished public responses in front of Next.js, per
 * instance: a hit is answered from memory without entering the framework, in the
 * encoding the client takes (each made once). Only anonymous requests whose response
 * may be shared (public / s-maxage, no cookie set) are kept, for at most their
 * s-maxage (60 s for pages). Every public change clears it (`expirePublicPages`, here or
 * announced by another instance), so a publication or a kill is never served stale.
 */
export class MicroCache {
  private entries = new Map<string, Entry>();
  /** Counts clears: a response rendered across a clear began before the change and is not kept. */
  private generation = 0;

  constructor(
    private readonly maxEntries = 5_000,
    private readonly maxAgeMs = 60_000,
  ) {}

  /** The key for a public page request (see isPublicPageRequest), or null when it must not be shared. */
  key(req: IncomingMessage): string | null {
    if (req.headers.authorization || req.headers['x-api-key'] || SESSION_COOKIE.test(req.headers.cookie ?? '')) return null;
    return req.url ?? '/';
  }

  /** The cached response for a public page request, if there is one. */
  lookup(req: IncomingMessage): FinishedResponse | undefined {
    const key = this.key(req);
    return key === null ? undefined : this.get(key);
  }

  get(key: string): FinishedResponse | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expires >= Date.now()) return entry.response;
    this.entries.delete(key);
    return undefined;
  }

  /** The generation to hand back to `store`, taken when the request arrives. */
  get current(): number {
    return this.generation;
  }

  /** Keeps a response if it may be shared and nothing changed since its request arrived (`since`, from `current`). */
  store(key: string, response: FinishedResponse, since = this.generation) {
    if (since !== this.generation) return;
    if (!response.shareable || response.body.byteLength > MAX_BODY) return;
    const age = response.sharedMaxAge * 1000;
    if (!age) return;
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { response, expires: Date.now() + Math.min(age, this.maxAgeMs) });
  }

  clear() {
    this.generation++;
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

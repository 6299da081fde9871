import { createHash } from 'node:crypto';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { publicCacheControl } from '@/lib/cache/cache-control';
import { surrogateKeyHeader } from '@/lib/cache/surrogate-keys';
import type { MicroCache } from '@/lib/cache/micro-cache';
import { collectResponse } from './collect-response';
import { encodeBody, preferredEncoding, worthCompressing, type Encoding } from './encoding';
import { staticPage } from './static-html';

/** Addresses that are never a public page: the desk, its API and assets, sign-in, uploads, Preview. */
const NOT_PUBLIC = /^\/(?:desk|api|login|media|preview|_next)(?:[/?]|$)/;

/**
 * A reader's GET of a public address, as a browser or a cache asks for it: not a client
 * router navigation, prefetch or Server Action (those want the flight data).
 */
export function isPublicPageRequest(req: IncomingMessage): boolean {
  if (req.method !== 'GET') return false;
  if (NOT_PUBLIC.test(req.url ?? '/')) return false;
  return !(req.headers.rsc || req.headers['next-router-state-tree'] || req.headers['next-router-prefetch'] || req.headers['next-action']);
}

/** A public response ready to send: identity body, its encodings made once on demand. */
export class FinishedResponse {
  private encoded = new Map<Encoding, Buffer>();
  /** The header objects sent, per extra headers and encoding: made once, not per request. */
  private sentHeaders = new WeakMap<OutgoingHttpHeaders, Map<Encoding, OutgoingHttpHeaders>>();

  constructor(
    readonly status: number,
    readonly headers: OutgoingHttpHeaders,
    readonly body: Buffer,
  ) {}

  bodyFor(encoding: Encoding): { encoding: Encoding; body: Buffer } {
    if (encoding === 'identity' || !worthCompressing(String(this.headers['content-type'] ?? ''), this.body.byteLength)) {
      return { encoding: 'identity', body: this.body };
    }
    let body = this.encoded.get(encoding);
    if (!body) this.encoded.set(encoding, (body = encodeBody(this.body, encoding)));
    return { encoding, body };
  }

  headersFor(encoding: Encoding, body: Buffer, extra: OutgoingHttpHeaders): OutgoingHttpHeaders {
    let perEncoding = this.sentHeaders.get(extra);
    if (!perEncoding) this.sentHeaders.set(extra, (perEncoding = new Map()));
    let headers = perEncoding.get(encoding);
    if (!headers) {
      headers = { ...this.headers, ...extra, 'content-length': body.byteLength, ...(encoding === 'identity' ? {} : { 'content-encoding': encoding }) };
      perEncoding.set(encoding, headers);
    }
    return headers;
  }

  get shareable(): boolean {
    const cacheControl = String(this.headers['cache-control'] ?? '');
    return (
      this.status === 200 && !this.headers['set-cookie'] && /\b(public|s-maxage)\b/.test(cacheControl) && !/\b(private|no-store|no-cache)\b/.test(cacheControl)
    );
  }

  /** Seconds a shared cache may keep it (its s-maxage). */
  get sharedMaxAge(): number {
    return Number(/s-maxage=(\d+)/.exec(String(this.headers['cache-control'] ?? ''))?.[1] ?? 0);
  }
}

/** Read once at start by the server: `cacheTagHeader` also sends the keys as Cloudflare's `Cache-Tag`. */
export type PublicResponseOptions = { cacheTagHeader?: boolean };

// Not kept with the response: how it was framed, and HSTS (sent per connection, over HTTPS only).
const PER_CONNECTION = ['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'strict-transport-security'];

/**
 * What the front server makes of the framework's answer to a public GET: an HTML page
 * without hydration payload (static-html.ts), its cache keys in `Surrogate-Key`, the
 * public Cache-Control policy, and an ETag for the bytes actually sent.
 */
export function finishPublicResponse(res: ServerResponse, body: Buffer, options: PublicResponseOptions = {}): FinishedResponse {
  const headers = { ...res.getHeaders() };
  for (const name of PER_CONNECTION) delete headers[name];
  let keys: string[] = [];
  if (/^text\/html\b/.test(String(headers['content-type'] ?? '')) && body.byteLength) {
    const page = staticPage(body.toString('utf8'));
    body = Buffer.from(page.html, 'utf8');
    keys = page.keys;
  }
  if (!headers['surrogate-key']) headers['surrogate-key'] = surrogateKeyHeader(keys);
  if (options.cacheTagHeader) headers['cache-tag'] = String(headers['surrogate-key']).split(' ').join(','); // Cloudflare's name and list syntax
  // Next answers the first request after a revalidation with the old page (and renders
  // the new one behind it): that answer must not be kept by any cache in front.
  const stale = headers['x-nextjs-cache'] === 'STALE';
  const cacheControl = stale ? 'no-cache' : publicCacheControl(headers['cache-control']?.toString());
  if (cacheControl) headers['cache-control'] = cacheControl;
  if (res.statusCode === 200) headers.etag = `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
  const vary = String(headers.vary ?? '');
  if (!/\baccept-encoding\b/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  return new FinishedResponse(res.statusCode, headers, body);
}

const NO_EXTRA: OutgoingHttpHeaders = {};

/** Sends a finished response: 304 when the client has these bytes, else the best encoding it takes. `extra` should be a constant object (the sent headers are kept per object). */
export function sendFinished(req: IncomingMessage, res: ServerResponse, response: FinishedResponse, extra: OutgoingHttpHeaders = NO_EXTRA) {
  // What the framework set is in response.headers; only HSTS is this connection's own.
  for (const name of res.getHeaderNames()) if (name !== 'strict-transport-security') res.removeHeader(name);
  const etag = response.headers.etag;
  if (etag && req.headers['if-none-match']?.split(',').some((tag) => tag.trim() === etag)) {
    res.writeHead(304, { etag, 'cache-control': response.headers['cache-control'], vary: response.headers.vary, ...extra });
    res.end();
    return;
  }
  const { encoding, body } = response.bodyFor(preferredEncoding(req.headers['accept-encoding']));
  res.writeHead(response.status, response.headersFor(encoding, body, extra));
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Public bodies larger than this stream through as they are (no page is near it; a sitemap could be). */
const COLLECT_LIMIT = 8 * 1024 * 1024;

/**
 * A public GET the micro-cache did not answer (the caller asks it first, `lookup`): the
 * framework (`handle`) renders it uncompressed, and the finished response (static HTML,
 * cache keys, Cache-Control, ETag) is kept and sent in the client's encoding.
 */
export function servePublicPage(
  req: IncomingMessage,
  res: ServerResponse,
  handle: (req: IncomingMessage, res: ServerResponse) => unknown,
  cache: MicroCache | null,
  options: PublicResponseOptions = {},
) {
  const key = cache ? cache.key(req) : null;
  const acceptEncoding = req.headers['accept-encoding'];
  const since = cache?.current;
  req.headers['accept-encoding'] = 'identity';
  collectResponse(res, COLLECT_LIMIT, (body) => {
    const finished = finishPublicResponse(res, body, options);
    if (key) cache!.store(key, finished, since);
    req.headers['accept-encoding'] = acceptEncoding;
    sendFinished(req, res, finished);
  });
  void handle(req, res);
}

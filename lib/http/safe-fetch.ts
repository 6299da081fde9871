import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import { isPrivateAddress, privateFetchAllowed } from './public-address';

export type SafeFetchResult = { status: number; contentType: string; bytes: Buffer };
export class SafeFetchError extends Error {}

type Options = {
  maxBytes: number;
  timeoutMs?: number;
  maxRedirects?: number;
  allowPrivate?: boolean;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string | Buffer;
};

/**
 * An outgoing HTTP(S) request on someone else's behalf (an agency's image, a webhook):
 * only http and https; the address is checked when the connection is made (so a name
 * that resolves to this host or a private network is refused, rebinding included);
 * redirects are followed a few times and checked again; the body is read up to
 * `maxBytes` and the whole exchange is bounded in time.
 */
export async function safeFetch(target: string, options: Options): Promise<SafeFetchResult> {
  const allowPrivate = options.allowPrivate ?? privateFetchAllowed();
  let url = new URL(target);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SafeFetchError(`Only http and https addresses can be fetched (${url.protocol}).`);
    // A literal address is never looked up, so it is checked here.
    const literal = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(literal) && isPrivateAddress(literal) && !allowPrivate)
      throw new SafeFetchError(`${literal} is a private or local address; it cannot be fetched.`);
    const response = await requestOnce(url, options, allowPrivate);
    if (response.location && [301, 302, 303, 307, 308].includes(response.status)) {
      if (hop >= (options.maxRedirects ?? 3)) throw new SafeFetchError('Too many redirects.');
      url = new URL(response.location, url);
      continue;
    }
    return response;
  }
}

function requestOnce(url: URL, options: Options, allowPrivate: boolean): Promise<SafeFetchResult & { location?: string }> {
  const checkedLookup = (
    hostname: string,
    lookupOptions: object,
    callback: (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...lookupOptions, all: true }, (error, addresses) => {
      if (error) return callback(error, '');
      const list = addresses as LookupAddress[];
      const bad = list.find((a) => isPrivateAddress(a.address));
      if (bad && !allowPrivate)
        return callback(
          Object.assign(new SafeFetchError(`${hostname} is a private or local address (${bad.address}); it cannot be fetched.`), { code: 'EPRIVATE' }),
          '',
        );
      const all = (lookupOptions as { all?: boolean }).all;
      return all ? callback(null, list) : callback(null, list[0]!.address, list[0]!.family);
    });
  };
  return new Promise((resolve, reject) => {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const done =
      <T>(settle: (value: T) => void) =>
      (value: T) => {
        clearTimeout(deadline);
        settle(value);
      };
    resolve = done(resolve);
    reject = done(reject);
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(
      url,
      {
        method: options.method ?? 'GET',
        headers: { 'user-agent': 'Newsroom/1.0', ...options.headers },
        lookup: checkedLookup as never,
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.byteLength;
          if (size > options.maxBytes) {
            request.destroy(new SafeFetchError(`The response is larger than ${Math.round(options.maxBytes / 1024)} KB.`));
            return;
          }
          chunks.push(chunk);
        });
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            bytes: Buffer.concat(chunks),
            ...(response.headers.location ? { location: String(response.headers.location) } : {}),
          }),
        );
        response.on('error', reject);
      },
    );
    // The socket's timeout catches silence; the deadline catches a server that drips.
    const deadline = setTimeout(() => request.destroy(new SafeFetchError('The server took too long to answer.')), timeoutMs);
    request.on('timeout', () => request.destroy(new SafeFetchError('The server took too long to answer.')));
    request.on('error', (error) => reject(error instanceof SafeFetchError ? error : new SafeFetchError(error.message)));
    request.end(options.body);
  });
}

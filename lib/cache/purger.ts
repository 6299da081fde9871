/**
 * Tells an HTTP cache in front of the app to drop every response carrying any of the
 * given keys (see surrogate-keys.ts). One implementation per cache; chosen by
 * NEWSROOM_PURGER. A purge that fails is reported, never thrown into a publication:
 * the responses then live out their s-maxage (at most 60 s for pages).
 */
export type Purger = { name: string; purge(keys: string[]): Promise<void> };

const TIMEOUT_MS = 5_000;

async function send(url: string, init: RequestInit, what: string) {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
}

const chunks = <T>(items: T[], size: number) => Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, i * size + size));

/** No cache in front: the purge is only written to the log (the default). */
export function logPurger(log: (line: string) => void = console.log): Purger {
  return { name: 'log', purge: async (keys) => log(`[cache] purge ${keys.join(' ')}`) };
}

/** Varnish with vmod_xkey and the repo's VCL: `PURGE /` with the keys in `xkey-purge`, to every instance. */
export function varnishPurger(urls: string[]): Purger {
  return {
    name: 'varnish',
    purge: async (keys) => {
      await Promise.all(
        urls.map((url) => send(new URL('/', url).toString(), { method: 'PURGE', headers: { 'xkey-purge': keys.join(' ') } }, `Varnish ${url}`)),
      );
    },
  };
}

/** Fastly: purge by surrogate key, up to 256 keys a call. */
export function fastlyPurger(serviceId: string, token: string, api = 'https://api.fastly.com'): Purger {
  return {
    name: 'fastly',
    purge: async (keys) => {
      for (const batch of chunks(keys, 256)) {
        await send(
          new URL(`/service/${encodeURIComponent(serviceId)}/purge`, api).toString(),
          {
            method: 'POST',
            headers: { 'fastly-key': token, 'content-type': 'application/json', accept: 'application/json' },
            body: JSON.stringify({ surrogate_keys: batch }),
          },
          'Fastly',
        );
      }
    },
  };
}

/** Cloudflare: purge by cache tag (the front server also sends the keys as `Cache-Tag` with this purger), 30 tags a call. */
export function cloudflarePurger(zoneId: string, token: string, api = 'https://api.cloudflare.com'): Purger {
  return {
    name: 'cloudflare',
    purge: async (keys) => {
      for (const batch of chunks(keys, 30)) {
        await send(
          new URL(`/client/v4/zones/${encodeURIComponent(zoneId)}/purge_cache`, api).toString(),
          {
            method: 'POST',
            headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
            body: JSON.stringify({ tags: batch }),
          },
          'Cloudflare',
        );
      }
    },
  };
}

import { env, type TEnv } from '@/lib/env';
import { cloudflarePurger, fastlyPurger, logPurger, varnishPurger, type Purger } from './purger';

/** The purger the environment names; a setting it needs that is missing fails loudly. */
export function purgerFor(settings: TEnv): Purger | null {
  const need = (name: keyof TEnv) => {
    const value = settings[name];
    if (!value) throw new Error(`Invalid environment: NEWSROOM_PURGER=${settings.NEWSROOM_PURGER} needs ${name}`);
    return String(value);
  };
  switch (settings.NEWSROOM_PURGER) {
    case 'none': return null;
    case 'log': return logPurger();
    case 'varnish': return varnishPurger(need('NEWSROOM_VARNISH_URLS').split(',').map((url) => url.trim()).filter(Boolean));
    case 'fastly': return fastlyPurger(need('NEWSROOM_FASTLY_SERVICE_ID'), need('NEWSROOM_FASTLY_API_TOKEN'), settings.NEWSROOM_PURGE_API_URL);
    case 'cloudflare': return cloudflarePurger(need('NEWSROOM_CLOUDFLARE_ZONE_ID'), need('NEWSROOM_CLOUDFLARE_API_TOKEN'), settings.NEWSROOM_PURGE_API_URL);
  }
}

/**
 * Purges the keys in the cache in front, without holding up the caller (a publication
 * never waits on a CDN); a failure is logged.
 */
export function purgeKeys(keys: string[]): Promise<void> {
  let purger: Purger | null;
  try {
    purger = purgerFor(env());
  } catch (error) {
    console.error(`[cache] ${(error as Error).message}`);
    return Promise.resolve();
  }
  if (!purger || !keys.length) return Promise.resolve();
  return purger.purge([...new Set(keys)]).catch((error: Error) => console.error(`[cache] ${purger.name} purge of ${keys.join(' ')} failed: ${error.message}`));
}

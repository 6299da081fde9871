import { env, type TEnv } from '@/lib/env';
import { metrics } from '@/lib/telemetry/metrics';
import { withSpan } from '@/lib/telemetry/tracing';
import { cloudflarePurger, fastlyPurger, logPurger, varnishPurger, type Purger } from './purger';

/** The purger the environment names; a setting it needs that is missing fails loudly. */
export function purgerFor(settings: TEnv): Purger | null {
  const need = (name: keyof TEnv) => {
    const value = settings[name];
    if (!value) throw new Error(`Invalid environment: NEWSROOM_PURGER=${settings.NEWSROOM_PURGER} needs ${name}`);
    return String(value);
  };
  switch (settings.NEWSROOM_PURGER) {
    case 'none':
      return null;
    case 'log':
      return logPurger();
    case 'varnish':
      return varnishPurger(
        need('NEWSROOM_VARNISH_URLS')
          .split(',')
          .map((url) => url.trim())
          .filter(Boolean),
      );
    case 'fastly':
      return fastlyPurger(need('NEWSROOM_FASTLY_SERVICE_ID'), need('NEWSROOM_FASTLY_API_TOKEN'), settings.NEWSROOM_PURGE_API_URL);
    case 'cloudflare':
      return cloudflarePurger(need('NEWSROOM_CLOUDFLARE_ZONE_ID'), need('NEWSROOM_CLOUDFLARE_API_TOKEN'), settings.NEWSROOM_PURGE_API_URL);
  }
}

/** When the purge is sent again: a response the cache was fetching while the change was made lands after the first. */
const REPEAT_AFTER_MS = 1_500;

/**
 * Purges the keys in the cache in front (and once more shortly after, for a fetch that
 * was in flight during the change); a failure is logged, never thrown.
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
  const unique = [...new Set(keys)];
  // Each purge is a span (`cache.purge`) and counted and timed in /metrics by purger and outcome.
  const purge = () =>
    withSpan('cache.purge', { 'newsroom.purger': purger.name, 'newsroom.cache.keys': unique.join(' ') }, async () => {
      const started = performance.now();
      try {
        await purger.purge(unique);
        metrics().purges.inc({ purger: purger.name, outcome: 'ok' });
      } finally {
        metrics().purgeDuration.observe({ purger: purger.name }, (performance.now() - started) / 1000);
      }
    }).catch((error: Error) => {
      metrics().purges.inc({ purger: purger.name, outcome: 'error' });
      console.error(`[cache] ${purger.name} purge of ${unique.join(' ')} failed: ${error.message}`);
    });
  if (purger.name !== 'log') setTimeout(() => void purge(), REPEAT_AFTER_MS).unref();
  return purge();
}

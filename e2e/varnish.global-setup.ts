import { startVarnish } from '../scripts/lib/varnish';
import { E2E_PORT, VARNISH_PORT } from './ports';

/**
 * Varnish from Debian, with the repo's VCL, in front of the app for the whole run: the
 * app is started with NEWSROOM_PURGER=varnish, so every publication in every spec purges
 * it, and the cache spec reads public pages through it.
 */
export default async function globalSetup() {
  const varnish = await startVarnish({ backend: { host: '127.0.0.1', port: E2E_PORT }, port: VARNISH_PORT });
  return () => varnish.stop();
}

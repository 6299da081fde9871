/** How long a shared cache may keep serving a stale response while it fetches a fresh one, and when the app is failing. */
export const STALE_WHILE_REVALIDATE = 30;
export const STALE_IF_ERROR = 86_400;
/** The most any shared cache keeps a public response: purges make it fresh sooner. */
const MAX_SHARED = 300;

/**
 * The Cache-Control a public response leaves with. Shareable responses (public, or with
 * an s-maxage) are kept by shared caches for their s-maxage (or max-age), capped, may be
 * served stale briefly while refetched and for a day while the app is down; browsers
 * revalidate every time (a 304 when nothing changed), so a kill is never held in a
 * reader's browser. Anything else passes unchanged.
 */
export function publicCacheControl(given: string | undefined): string | undefined {
  if (!given || /\b(private|no-store|no-cache)\b/i.test(given)) return given;
  const shared = Number(/s-maxage=(\d+)/i.exec(given)?.[1] ?? /max-age=(\d+)/i.exec(given)?.[1] ?? NaN);
  if (!/\b(public|s-maxage)\b/i.test(given) || !Number.isFinite(shared) || shared <= 0) return given;
  return `public, max-age=0, s-maxage=${Math.min(shared, MAX_SHARED)}, stale-while-revalidate=${STALE_WHILE_REVALIDATE}, stale-if-error=${STALE_IF_ERROR}`;
}

import { createHash } from 'node:crypto';

/**
 * What the "Source text" region shows of a source, reduced to a short hash: the translator's page
 * refreshes when this changes, not at every autosave that only moves the version (a save of the
 * same text, a tag, a time).
 */
export function sourceFingerprint(source: { headline: string; status: string; body: unknown }): string {
  return createHash('sha256')
    .update(JSON.stringify([source.headline, source.status, source.body ?? null]))
    .digest('base64url')
    .slice(0, 22);
}

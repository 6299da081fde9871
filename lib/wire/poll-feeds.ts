import { env } from '@/lib/env';
import { WireError } from './errors';
import { ingestDocument, type IngestOutcome } from './ingest';
import { MAX_DOCUMENT_BYTES } from './parse';
import { readLimited } from '@/lib/http/read-limited';
import { TagResolver } from './tag-resolver';

/** The graphile-worker task (run by its crontab) that polls the configured feeds. */
export const POLL_FEEDS_TASK = 'poll-wire-feeds';

/** `NEWSROOM_WIRE_FEEDS`: feed URLs (http/https), separated by spaces or commas. */
export function configuredFeeds(value = env().NEWSROOM_WIRE_FEEDS): string[] {
  return value.split(/[\s,]+/).filter((url) => /^https?:\/\//i.test(url));
}

async function fetchLimited(url: string, timeoutMs: number): Promise<{ bytes: Uint8Array; contentType: string }> {
  const response = await fetch(url, {
    signal: AbortSignal.timeout(timeoutMs),
    redirect: 'follow',
    headers: { accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml' },
  });
  if (!response.ok) throw new WireError(`${url} answered ${response.status}.`);
  const bytes = await readLimited(response.body, MAX_DOCUMENT_BYTES);
  if (!bytes) throw new WireError(`${url} is larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB.`, 413);
  return { bytes, contentType: response.headers.get('content-type') ?? '' };
}

/**
 * Fetches each feed and ingests its entries (a known entry is an unchanged duplicate).
 * One feed failing is reported and does not stop the others.
 */
export async function pollFeeds(urls: string[], options: { timeoutMs?: number } = {}) {
  const resolver = new TagResolver();
  const results: { url: string; outcomes: IngestOutcome[]; error?: string }[] = [];
  for (const url of urls) {
    try {
      const { bytes, contentType } = await fetchLimited(url, options.timeoutMs ?? 15_000);
      const result = await ingestDocument(bytes, { contentType: /xml|rss|atom/.test(contentType) ? contentType : '', source: new URL(url).host, resolver });
      results.push({ url, outcomes: result.outcomes });
    } catch (error) {
      results.push({ url, outcomes: [], error: (error as Error).message });
    }
  }
  return results;
}

import { prisma } from '@/lib/db';
import type { IngestOutcome } from '@/lib/wire/ingest';
import { moduleLogger } from './logger';

type Outcome = Pick<IngestOutcome, 'source' | 'status'>;

/**
 * Counts what one ingest did (an API call, a feed poll, a CLI batch) per source, and
 * notes its failure: /metrics reads the counters, the System page the last item and
 * error per source. Never fails the ingest it describes: a failure here is logged.
 */
export async function recordIngest(fallbackSource: string, outcomes: readonly Outcome[], documentErrors: string | readonly string[] = [], now = new Date()) {
  const errors = typeof documentErrors === 'string' ? [documentErrors] : documentErrors;
  const bySource = new Map<string, Record<IngestOutcome['status'], number>>();
  for (const outcome of outcomes) {
    const source = outcome.source || fallbackSource;
    const counts = bySource.get(source) ?? { imported: 0, updated: 0, unchanged: 0, failed: 0 };
    counts[outcome.status]++;
    bySource.set(source, counts);
  }
  if (errors.length && !bySource.has(fallbackSource)) bySource.set(fallbackSource, { imported: 0, updated: 0, unchanged: 0, failed: 0 });
  try {
    for (const [source, counts] of bySource) {
      const failedDocuments = source === fallbackSource ? errors.length : 0;
      const error = failedDocuments ? errors.at(-1)!.slice(0, 1_000) : counts.failed ? `${counts.failed} item(s) could not be stored` : null;
      const brought = counts.imported + counts.updated > 0;
      await prisma.ingestSource.upsert({
        where: { source },
        create: {
          source, imported: counts.imported, updated: counts.updated, unchanged: counts.unchanged, failedItems: counts.failed, failedDocuments,
          lastAttemptAt: now, lastItemAt: brought ? now : null, ...(error ? { lastError: error, lastErrorAt: now } : {}),
        },
        update: {
          imported: { increment: counts.imported }, updated: { increment: counts.updated }, unchanged: { increment: counts.unchanged },
          failedItems: { increment: counts.failed }, failedDocuments: { increment: failedDocuments },
          lastAttemptAt: now, ...(brought ? { lastItemAt: now } : {}), ...(error ? { lastError: error, lastErrorAt: now } : {}),
        },
      });
    }
  } catch (error) {
    moduleLogger('ingest').error({ err: error }, 'could not record ingest statistics');
  }
}

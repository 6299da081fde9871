import { prisma } from '@/lib/db';
import type { IngestOutcome } from '@/lib/wire/ingest';
import { moduleLogger } from '@/lib/telemetry/logger';

type Outcome = Pick<IngestOutcome, 'source' | 'status'>;

/**
 * Counts what one ingest did (an API call, a feed poll, a CLI batch) per source, and
 * notes its failure: /metrics reads the counters, the System page the last item and
 * error per source. Never fails the ingest it describes: a failure here is logged.
 */
export async function recordIngest(fallbackSource: string, outcomes: readonly Outcome[], documentErrors: string | readonly string[] = [], now = new Date()) {
  const errors = typeof documentErrors === 'string' ? [documentErrors] : documentErrors;
  const bySource = new Map<string, Record<IngestOutcome['status'], number>>();
  const none = () => ({ imported: 0, updated: 0, unchanged: 0, failed: 0, refused: 0 });
  for (const outcome of outcomes) {
    const source = outcome.source || fallbackSource;
    const counts = bySource.get(source) ?? none();
    counts[outcome.status]++;
    bySource.set(source, counts);
  }
  if (errors.length && !bySource.has(fallbackSource)) bySource.set(fallbackSource, none());
  try {
    for (const [source, counts] of bySource) {
      const failedDocuments = source === fallbackSource ? errors.length : 0;
      // Copy refused for naming a source the key may not write for counts as failed items.
      const failedItems = counts.failed + counts.refused;
      const error = failedDocuments
        ? errors.at(-1)!.slice(0, 1_000)
        : counts.refused
          ? `${counts.refused} item(s) refused: the key may not file copy for this source`
          : counts.failed
            ? `${counts.failed} item(s) could not be stored`
            : null;
      const brought = counts.imported + counts.updated > 0;
      await prisma.ingestSource.upsert({
        where: { source },
        create: {
          source,
          imported: counts.imported,
          updated: counts.updated,
          unchanged: counts.unchanged,
          failedItems,
          failedDocuments,
          lastAttemptAt: now,
          lastItemAt: brought ? now : null,
          ...(error ? { lastError: error, lastErrorAt: now } : {}),
        },
        update: {
          imported: { increment: counts.imported },
          updated: { increment: counts.updated },
          unchanged: { increment: counts.unchanged },
          failedItems: { increment: failedItems },
          failedDocuments: { increment: failedDocuments },
          lastAttemptAt: now,
          ...(brought ? { lastItemAt: now } : {}),
          ...(error ? { lastError: error, lastErrorAt: now } : {}),
        },
      });
    }
  } catch (error) {
    moduleLogger('ingest').error({ err: error }, 'could not record ingest statistics');
  }
}

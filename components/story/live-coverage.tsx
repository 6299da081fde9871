import { entrySummary, entryTime, renderEntryHtml, type PublicEntry } from '@/lib/live/render';

/**
 * A live story's updates, newest first (pinned ones on top), with the key events as a
 * summary. The page's script (live-client.ts) keeps it current from `cursor` on.
 */
export function LiveCoverage({ slug, entries, endedAt, cursor }: { slug: string; entries: PublicEntry[]; endedAt: Date | null; cursor: number }) {
  const keyEvents = entries.filter((entry) => entry.keyEvent).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  return (
    <section aria-label="Live updates" data-live-story={slug} data-live-cursor={cursor} className="mt-8 border-t border-slate-200 pt-6">
      <div className="mb-4 flex items-center justify-between gap-3">
        <h2 className="font-sans text-xl font-bold">Live updates</h2>
        <p data-live-status className="live-status text-sm font-semibold" data-ended={endedAt ? 'true' : undefined}>
          {endedAt ? 'Live coverage has ended' : 'Live'}
        </p>
      </div>
      <nav aria-label="Key events" hidden={!keyEvents.length} className="mb-6 rounded-lg bg-slate-50 p-4">
        <h3 className="mb-2 font-sans text-sm font-bold uppercase tracking-wide text-slate-700">Key events</h3>
        <ul data-live-key-events className="space-y-1 text-sm">
          {keyEvents.map((entry) => (
            <li key={entry.id} data-key-for={entry.id}>
              <a href={`#entry-${entry.id}`} className="text-brand hover:underline">
                {entryTime(entry.publishedAt)} {entrySummary(entry)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <button
        type="button"
        data-live-new
        hidden
        className="fixed left-1/2 top-3 z-20 -translate-x-1/2 rounded-full bg-brand px-4 py-2 text-sm font-semibold text-white shadow-lg"
      >
        0 new updates
      </button>
      <p data-live-empty hidden={entries.length > 0} className="text-sm text-slate-600">
        No updates yet.
      </p>
      <ol data-live-entries className="live-entries" dangerouslySetInnerHTML={{ __html: entries.map(renderEntryHtml).join('') }} />
    </section>
  );
}

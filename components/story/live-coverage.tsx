import { entrySummary, entryTime, renderEntryHtml, type PublicEntry } from '@/lib/live/render';
import { readerMessages } from '@/lib/stories/reader-messages';

/**
 * A live story's updates, newest first (pinned ones on top), with the key events as a
 * summary. The page's script (live-client.ts) keeps it current from `cursor` on, in the
 * site's words (handed to it as data attributes, the plural forms of "N new updates" too).
 */
export function LiveCoverage({
  slug,
  entries,
  endedAt,
  cursor,
  language,
}: {
  slug: string;
  entries: PublicEntry[];
  endedAt: Date | null;
  cursor: number;
  language: string;
}) {
  const t = readerMessages(language);
  const keyEvents = entries.filter((entry) => entry.keyEvent).sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
  const plurals = Object.fromEntries(Object.entries(t.newUpdates).map(([form, text]) => [`data-new-${form}`, text]));
  return (
    <section
      aria-label={t.liveUpdates}
      data-live-story={slug}
      data-live-cursor={cursor}
      data-locale={t.locale}
      data-ended-text={t.liveEnded}
      className="mt-8 border-t border-slate-200 pt-6"
    >
      <div className="mb-4 flex items-center justify-between gap-3">
        <h2 className="font-sans text-xl font-bold">{t.liveUpdates}</h2>
        <p data-live-status className="live-status text-sm font-semibold" data-ended={endedAt ? 'true' : undefined}>
          {endedAt ? t.liveEnded : t.live}
        </p>
      </div>
      <nav aria-label={t.keyEvents} hidden={!keyEvents.length} className="mb-6 rounded-lg bg-slate-50 p-4">
        <h3 className="mb-2 font-sans text-sm font-bold uppercase tracking-wide text-slate-700">{t.keyEvents}</h3>
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
        {...plurals}
        hidden
        className="fixed left-1/2 top-3 z-20 -translate-x-1/2 rounded-full bg-brand px-4 py-2 text-sm font-semibold text-white shadow-lg"
      >
        {t.newUpdates.other.replace('{n}', '0')}
      </button>
      <p data-live-empty hidden={entries.length > 0} className="text-sm text-slate-600">
        {t.noUpdatesYet}
      </p>
      <ol data-live-entries className="live-entries" dangerouslySetInnerHTML={{ __html: entries.map((entry) => renderEntryHtml(entry, language)).join('') }} />
    </section>
  );
}

import { sitePath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';

/** The reader's search box: a GET form to the site's search page, labelled for screen readers. */
export function SearchForm({ language, id, defaultValue, className }: { language: string; id: string; defaultValue?: string; className?: string }) {
  const t = readerMessages(language);
  return (
    <form role="search" action={sitePath(language, '/search')} className={className ?? 'flex max-w-lg gap-2'}>
      <label htmlFor={id} className="sr-only">
        {t.searchStories}
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        className="w-full rounded-md border border-slate-300 px-3 py-2"
        placeholder={t.searchStories}
      />
      <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
        {t.search}
      </button>
    </form>
  );
}

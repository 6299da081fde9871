/** The reader's search box: a GET form to /search, labelled for screen readers. */
export function SearchForm({ id, defaultValue, className }: { id: string; defaultValue?: string; className?: string }) {
  return (
    <form role="search" action="/search" className={className ?? 'flex max-w-lg gap-2'}>
      <label htmlFor={id} className="sr-only">
        Search stories
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        className="w-full rounded-md border border-slate-300 px-3 py-2"
        placeholder="Search stories"
      />
      <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
        Search
      </button>
    </form>
  );
}

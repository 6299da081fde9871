import Link from 'next/link';

/** Not found: say so, and offer search and the latest news. */
export function NotFoundContent() {
  return (
    <div className="py-10">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">There is no story or page at this address. Search for it, or go on to the latest news.</p>
      <form role="search" action="/search" className="mt-6 flex max-w-lg gap-2">
        <label htmlFor="not-found-q" className="sr-only">Search stories</label>
        <input id="not-found-q" name="q" type="search" className="w-full rounded-md border border-slate-300 px-3 py-2" placeholder="Search stories" />
        <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">Search</button>
      </form>
      <Link href="/" className="mt-6 inline-block text-brand underline">All news</Link>
    </div>
  );
}

import Link from 'next/link';
import { SearchForm } from './search-form';

/** Not found: say so, and offer search and the latest news. */
export function NotFoundContent() {
  return (
    <div className="py-10">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">There is no story or page at this address. Search for it, or go on to the latest news.</p>
      <SearchForm id="not-found-q" className="mt-6 flex max-w-lg gap-2" />
      <Link href="/" className="mt-6 inline-block text-brand underline">
        All news
      </Link>
    </div>
  );
}

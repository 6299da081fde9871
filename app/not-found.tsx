import Link from 'next/link';
import { PublicHeader } from '@/components/story/public-header';
import { env } from '@/lib/env';
import { listSections } from '@/lib/sections/queries';

/** Not found, with the site around it: the header, its sections and a search box, so a reader can go on. */
export default async function NotFound() {
  const sections = await listSections();
  return (
    <>
      <a href="#main" className="skip-link">Skip to content</a>
      <PublicHeader siteName={env().NEWSROOM_SITE_NAME} sections={sections} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-16">
        <h1 className="font-serif text-3xl font-bold">Page not found</h1>
        <p className="mt-3 text-slate-700">There is no story or page at this address. Search for it, or go on to the latest news.</p>
        <form role="search" action="/search" className="mt-6 flex max-w-lg gap-2">
          <label htmlFor="not-found-q" className="sr-only">Search stories</label>
          <input id="not-found-q" name="q" type="search" className="w-full rounded-md border border-slate-300 px-3 py-2" placeholder="Search stories" />
          <button type="submit" className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">Search</button>
        </form>
        <Link href="/" className="mt-6 inline-block text-brand underline">All news</Link>
      </main>
    </>
  );
}

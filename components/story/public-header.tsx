import Link from 'next/link';
import { SectionNav } from './section-nav';

export function PublicHeader({ siteName, sections }: { siteName: string; sections: { slug: string; name: string }[] }) {
  return (
    <header className="border-b-4 border-brand bg-white">
      <div className="mx-auto max-w-5xl px-4 py-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight text-brand">
            {siteName}
          </Link>
          <Link href="/search" className="text-sm font-semibold text-slate-700 hover:text-brand">
            Search
          </Link>
        </div>
        <SectionNav sections={sections} />
      </div>
    </header>
  );
}

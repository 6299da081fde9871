import Link from 'next/link';

export function PublicHeader({ siteName, sections }: { siteName: string; sections: { slug: string; name: string }[] }) {
  return (
    <header className="border-b-4 border-brand bg-white">
      <div className="mx-auto max-w-5xl px-4 py-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Link href="/" className="font-serif text-3xl font-bold tracking-tight text-brand">{siteName}</Link>
          <Link href="/search" className="text-sm font-semibold text-slate-700 hover:text-brand">Search</Link>
        </div>
        <nav aria-label="Sections" className="mt-3">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm font-semibold uppercase tracking-wide text-slate-700">
            <li><Link href="/" className="hover:text-brand">All news</Link></li>
            {sections.map((section) => (
              <li key={section.slug}><Link href={`/section/${section.slug}`} className="hover:text-brand">{section.name}</Link></li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}

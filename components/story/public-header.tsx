import Link from 'next/link';
import { sitePath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';
import { SectionNav } from './section-nav';

export function PublicHeader({ language, siteName, sections }: { language: string; siteName: string; sections: { slug: string; name: string }[] }) {
  return (
    <header className="border-b-4 border-brand bg-white">
      <div className="mx-auto max-w-5xl px-4 py-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <Link href={sitePath(language, '/')} className="font-serif text-3xl font-bold tracking-tight text-brand">
            {siteName}
          </Link>
          <Link href={sitePath(language, '/search')} className="text-sm font-semibold text-slate-700 hover:text-brand">
            {readerMessages(language).search}
          </Link>
        </div>
        <SectionNav language={language} sections={sections} />
      </div>
    </header>
  );
}

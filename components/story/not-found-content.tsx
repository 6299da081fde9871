import Link from 'next/link';
import { sitePath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';
import { SearchForm } from './search-form';

/** Not found: say so, and offer search and the latest news. */
export function NotFoundContent({ language }: { language: string }) {
  const t = readerMessages(language);
  return (
    <div className="py-10">
      <h1 className="font-serif text-3xl font-bold">{t.notFoundTitle}</h1>
      <p className="mt-3 text-slate-700">{t.notFoundText}</p>
      <SearchForm language={language} id="not-found-q" className="mt-6 flex max-w-lg gap-2" />
      <Link href={sitePath(language, '/')} className="mt-6 inline-block text-brand underline">
        {t.allNews}
      </Link>
    </div>
  );
}

'use client';

import Link from 'next/link';
import { useParams } from 'next/navigation';
import { readerMessages } from '@/lib/stories/reader-messages';

/**
 * Something unexpected failed while rendering a public page. The site header and
 * navigation stay (this renders inside the site's layout); the reader can try again.
 * On a language's own site (`/ru`) the words and the way home are its; the root site's
 * segment (`_`) is not a language code, so it reads the English table.
 */
export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { lang } = useParams<{ lang: string }>();
  const t = readerMessages(lang);
  const home = /^[a-z]{2}$/.test(lang) ? `/${lang}` : '/';
  return (
    <div className="py-10">
      <h1 className="font-serif text-3xl font-bold">{t.errorTitle}</h1>
      <p className="mt-3 text-slate-700">{t.errorText}</p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
          {t.tryAgain}
        </button>
        <Link href={home} className="self-center text-brand underline">
          {t.allNews}
        </Link>
      </div>
    </div>
  );
}

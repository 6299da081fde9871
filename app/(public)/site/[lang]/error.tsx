'use client';

import Link from 'next/link';

/**
 * Something unexpected failed while rendering a public page. The site header and
 * navigation stay (this renders inside the public layout); the reader can try again.
 */
export default function PublicError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="py-10">
      <h1 className="font-serif text-3xl font-bold">This page could not be shown</h1>
      <p className="mt-3 text-slate-700">Something went wrong on our side. Please try again in a moment.</p>
      <div className="mt-6 flex gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
          Try again
        </button>
        <Link href="/" className="self-center text-brand underline">
          All news
        </Link>
      </div>
    </div>
  );
}

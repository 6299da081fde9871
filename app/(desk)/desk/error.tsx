'use client';

import Link from 'next/link';

/**
 * The desk's error boundary: what the action wrapper rethrows (anything that is not a
 * domain error with a message for people) and failed renders end here, inside the desk
 * layout, so the header and navigation stay. Typed work in the story editor is kept on
 * the device and offered again when the editor reopens.
 */
export default function DeskError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section className="rounded-lg border border-red-200 bg-white p-6" aria-labelledby="desk-error">
      <h1 id="desk-error" className="text-2xl font-semibold">
        Something went wrong
      </h1>
      <p className="mt-2 text-slate-700">The desk could not finish that. Nothing you typed in the story editor is lost: it is kept on this device.</p>
      {error.digest ? <p className="mt-2 text-sm text-slate-500">Reference for the team: {error.digest}</p> : null}
      <div className="mt-4 flex gap-4">
        <button type="button" onClick={reset} className="rounded-md bg-brand px-4 py-2 text-sm font-medium text-white">
          Try again
        </button>
        <Link href="/desk" className="self-center text-brand underline">
          Back to the stories
        </Link>
      </div>
    </section>
  );
}

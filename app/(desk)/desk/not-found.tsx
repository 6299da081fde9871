import Link from 'next/link';

export const metadata = { title: 'Page not found' };

/** Not found inside the desk: the desk around it, and the way back to work (never the public site's 404). */
export default function DeskNotFound() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Page not found</h1>
      <p className="mt-2 text-slate-700">Nothing on the desk is at this address: the story may have been spiked and purged, or the address mistyped.</p>
      <ul className="mt-4 flex flex-wrap gap-4 text-sm">
        <li>
          <Link href="/desk" className="text-brand underline">
            Stories
          </Link>
        </li>
        <li>
          <Link href="/desk/review" className="text-brand underline">
            Review queue
          </Link>
        </li>
        <li>
          <Link href="/desk/stories/new" className="text-brand underline">
            New story
          </Link>
        </li>
      </ul>
    </div>
  );
}

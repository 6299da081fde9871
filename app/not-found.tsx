import Link from 'next/link';

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-16">
      <h1 className="font-serif text-3xl font-bold">Page not found</h1>
      <p className="mt-3 text-slate-700">There is no story or page at this address.</p>
      <Link href="/" className="mt-6 inline-block text-brand underline">All news</Link>
    </main>
  );
}

import Link from 'next/link';

export const metadata = { title: 'Not allowed' };

export default function ForbiddenPage() {
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-6">
      <h1 className="text-xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-slate-700">Your role does not give access to that page.</p>
      <Link href="/desk" className="mt-4 inline-block text-brand underline">
        Back to the stories
      </Link>
    </div>
  );
}

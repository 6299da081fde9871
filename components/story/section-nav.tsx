'use client';

import Link from 'next/link';
import { useState } from 'react';
import { cn } from '@/components/ui/cn';

/** The public section navigation: one line on wide screens; behind a "Sections" menu button on a phone. */
export function SectionNav({ sections }: { sections: { slug: string; name: string }[] }) {
  const [open, setOpen] = useState(false);
  return (
    <nav aria-label="Sections" className="mt-3">
      <button type="button" aria-expanded={open} aria-controls="section-links" onClick={() => setOpen(!open)}
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold text-slate-700 sm:hidden">
        {open ? 'Close sections' : 'Sections'}
      </button>
      <ul id="section-links" className={cn('gap-x-5 gap-y-1 text-sm font-semibold uppercase tracking-wide text-slate-700 sm:flex sm:flex-wrap',
        open ? 'mt-2 flex flex-col' : 'hidden')}>
        <li><Link href="/" className="hover:text-brand">All news</Link></li>
        {sections.map((section) => (
          <li key={section.slug}><Link href={`/section/${section.slug}`} className="hover:text-brand">{section.name}</Link></li>
        ))}
      </ul>
    </nav>
  );
}

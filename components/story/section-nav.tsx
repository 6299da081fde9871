import Link from 'next/link';

type Section = { slug: string; name: string };

function SectionLinks({ sections, className }: { sections: Section[]; className: string }) {
  return (
    <ul className={className}>
      <li>
        <Link href="/" className="hover:text-brand">
          All news
        </Link>
      </li>
      {sections.map((section) => (
        <li key={section.slug}>
          <Link href={`/section/${section.slug}`} className="hover:text-brand">
            {section.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}

const LINKS = 'gap-x-5 gap-y-1 text-sm font-semibold uppercase tracking-wide text-slate-700';

/**
 * The public section navigation: one line on wide screens; on a phone, behind a
 * "Sections" disclosure. Plain HTML (`details`), so it works without JavaScript.
 */
export function SectionNav({ sections }: { sections: Section[] }) {
  return (
    <nav aria-label="Sections" className="mt-3">
      <SectionLinks sections={sections} className={`hidden sm:flex sm:flex-wrap ${LINKS}`} />
      <details className="sm:hidden">
        <summary className="inline-block cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold text-slate-700">Sections</summary>
        <SectionLinks sections={sections} className={`mt-2 flex flex-col ${LINKS}`} />
      </details>
    </nav>
  );
}

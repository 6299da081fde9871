import Link from 'next/link';
import { sitePath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';

type Section = { slug: string; name: string };

function SectionLinks({ language, sections, className }: { language: string; sections: Section[]; className: string }) {
  return (
    <ul className={className}>
      <li>
        <Link href={sitePath(language, '/')} className="hover:text-brand">
          {readerMessages(language).allNews}
        </Link>
      </li>
      {sections.map((section) => (
        <li key={section.slug}>
          <Link href={sitePath(language, `/section/${section.slug}`)} className="hover:text-brand">
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
export function SectionNav({ language, sections }: { language: string; sections: Section[] }) {
  const t = readerMessages(language);
  return (
    <nav aria-label={t.sections} className="mt-3">
      <SectionLinks language={language} sections={sections} className={`hidden sm:flex sm:flex-wrap ${LINKS}`} />
      <details className="sm:hidden">
        <summary className="inline-block cursor-pointer rounded-md border border-slate-300 px-3 py-1.5 text-sm font-semibold text-slate-700">
          {t.sections}
        </summary>
        <SectionLinks language={language} sections={sections} className={`mt-2 flex flex-col ${LINKS}`} />
      </details>
    </nav>
  );
}

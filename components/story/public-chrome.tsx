import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import { listSections } from '@/lib/sections/queries';
import { PublicHeader } from './public-header';

/** The public site around a page: skip link, header with the sections, main, footer (the site's layout, its 404 and the desk's Preview). */
export async function PublicChrome({ banner, children }: { banner?: ReactNode; children: ReactNode }) {
  const sections = await listSections();
  const siteName = env().NEWSROOM_SITE_NAME;
  return (
    <>
      <a href="#main" className="skip-link">Skip to content</a>
      {banner}
      <PublicHeader siteName={siteName} sections={sections} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">{children}</main>
      <footer className="mx-auto max-w-5xl border-t border-slate-200 px-4 py-6 text-sm text-slate-500">© {siteName}</footer>
    </>
  );
}

import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import { listSections } from '@/lib/sections/queries';
import { LiveScript } from './live-script';
import { PublicHeader } from './public-header';

/**
 * The public site around a page: skip link, header with the sections, main, footer
 * (the site's layout, its 404 and the desk's Preview). `live` adds the breaking-news
 * banner's place and the script that fills it (and a live story's entries).
 */
export async function PublicChrome({ banner, live, children }: { banner?: ReactNode; live?: boolean; children: ReactNode }) {
  const sections = await listSections();
  const siteName = env().NEWSROOM_SITE_NAME;
  return (
    <>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      {banner}
      {live ? <div id="breaking-banner" role="alert" className="breaking-banner" hidden /> : null}
      <PublicHeader siteName={siteName} sections={sections} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl border-t border-slate-200 px-4 py-6 text-sm text-slate-500">© {siteName}</footer>
      {live ? <LiveScript /> : null}
    </>
  );
}

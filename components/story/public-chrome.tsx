import type { ReactNode } from 'react';
import { env } from '@/lib/env';
import { listSections } from '@/lib/sections/queries';
import { readerMessages } from '@/lib/stories/reader-messages';
import { LiveScript } from './live-script';
import { PublicHeader } from './public-header';

/**
 * The public site around a page: skip link, header with the sections, main, footer
 * (the site's layout, its 404 and the desk's Preview). `live` adds the breaking-news
 * banner's place and the script that fills it (and a live story's entries).
 */
export async function PublicChrome({ language, banner, live, children }: { language: string; banner?: ReactNode; live?: boolean; children: ReactNode }) {
  const sections = await listSections();
  const t = readerMessages(language);
  const siteName = env().NEWSROOM_SITE_NAME;
  return (
    <>
      <a href="#main" className="skip-link">
        {t.skipToContent}
      </a>
      {banner}
      {live ? (
        <div id="breaking-banner" role="alert" className="breaking-banner" data-site={language} data-label={t.breakingNews} data-dismiss={t.dismiss} hidden />
      ) : null}
      <PublicHeader language={language} siteName={siteName} sections={sections} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl border-t border-slate-200 px-4 py-6 text-sm text-slate-500">© {siteName}</footer>
      {live ? <LiveScript /> : null}
    </>
  );
}

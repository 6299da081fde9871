import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PublicHeader } from '@/components/story/public-header';
import { env } from '@/lib/env';
import { listSections } from '@/lib/sections/queries';

export const metadata: Metadata = {
  alternates: { types: { 'application/rss+xml': '/rss.xml', 'application/atom+xml': '/atom.xml', 'application/feed+json': '/feed.json' } },
};

export default async function PublicLayout({ children }: { children: ReactNode }) {
  const sections = await listSections();
  return (
    <>
      <a href="#main" className="skip-link">Skip to content</a>
      <PublicHeader siteName={env().NEWSROOM_SITE_NAME} sections={sections} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">{children}</main>
      <footer className="mx-auto max-w-5xl border-t border-slate-200 px-4 py-6 text-sm text-slate-500">
        © {env().NEWSROOM_SITE_NAME}
      </footer>
    </>
  );
}

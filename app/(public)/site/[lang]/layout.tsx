import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PublicChrome } from '@/components/story/public-chrome';
import { Document } from '@/components/ui/document';
import { env } from '@/lib/env';
import { mainLanguage } from '@/lib/stories/languages';
import { sitePath, siteLanguage } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';

type Props = { params: Promise<{ lang: string }> };

// Pages are rendered on first request and kept in Next's cache (no build-time list).
export const generateStaticParams = () => [];

// Canonical links and social tags are absolute, on the public origin; a page without
// its own description gets the site's.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = siteLanguage((await params).lang) ?? mainLanguage();
  const feed = (file: string) => sitePath(language, `/${file}`);
  return {
    metadataBase: new URL(env().NEWSROOM_SITE_URL),
    description: readerMessages(language).siteDescription(env().NEWSROOM_SITE_NAME),
    alternates: { types: { 'application/rss+xml': feed('rss.xml'), 'application/atom+xml': feed('atom.xml'), 'application/feed+json': feed('feed.json') } },
  };
}

/** One language's public site (the main language's at the root, `/ru/…` for Russian): its document, header, sections and footer. */
export default async function PublicLayout({ params, children }: Props & { children: ReactNode }) {
  // An unknown prefix renders nothing of its own: its pages answer not found.
  const language = siteLanguage((await params).lang) ?? mainLanguage();
  return (
    <Document lang={language}>
      <PublicChrome language={language} live>
        {children}
      </PublicChrome>
    </Document>
  );
}

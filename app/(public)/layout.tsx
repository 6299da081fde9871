import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PublicChrome } from '@/components/story/public-chrome';
import { env } from '@/lib/env';

// Canonical links and social tags are absolute, on the public origin; a page without
// its own description gets the site's.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(env().NEWSROOM_SITE_URL),
    description: `The latest news from ${env().NEWSROOM_SITE_NAME}.`,
    alternates: { types: { 'application/rss+xml': '/rss.xml', 'application/atom+xml': '/atom.xml', 'application/feed+json': '/feed.json' } },
  };
}

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicChrome live>{children}</PublicChrome>;
}

import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { PublicChrome } from '@/components/story/public-chrome';

export const metadata: Metadata = {
  alternates: { types: { 'application/rss+xml': '/rss.xml', 'application/atom+xml': '/atom.xml', 'application/feed+json': '/feed.json' } },
};

export default function PublicLayout({ children }: { children: ReactNode }) {
  return <PublicChrome>{children}</PublicChrome>;
}

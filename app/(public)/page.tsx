import type { Metadata } from 'next';
import { HomeListing } from '@/components/story/listing-pages';

export const metadata: Metadata = {
  alternates: { canonical: '/', types: { 'application/rss+xml': '/rss.xml', 'application/atom+xml': '/atom.xml', 'application/feed+json': '/feed.json' } },
};

// Served from Next's cache; publishing revalidates it at once, the timer is a safety net
// for what changes by the clock alone (an embargo lifting).
export const revalidate = 60;

export default function HomePage() {
  return <HomeListing />;
}

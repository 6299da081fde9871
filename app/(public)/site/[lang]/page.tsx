import type { Metadata } from 'next';
import { HomeListing } from '@/components/story/listing-pages';
import { sitePath } from '@/lib/stories/public-paths';
import { pageLanguage } from './site-language';

type Props = { params: Promise<{ lang: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = await pageLanguage(params);
  const path = (file: string) => sitePath(language, file);
  return {
    alternates: {
      canonical: path('/'),
      types: { 'application/rss+xml': path('/rss.xml'), 'application/atom+xml': path('/atom.xml'), 'application/feed+json': path('/feed.json') },
    },
  };
}

// Served from Next's cache; publishing revalidates it at once, the timer is a safety net
// for what changes by the clock alone (an embargo lifting).
export const revalidate = 60;

export default async function HomePage({ params }: Props) {
  return <HomeListing language={await pageLanguage(params)} />;
}

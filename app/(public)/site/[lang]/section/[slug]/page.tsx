import type { Metadata } from 'next';
import { SectionListing } from '@/components/story/listing-pages';
import { getSection } from '@/components/story/listing-queries';
import { env } from '@/lib/env';
import { sitePath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';
import { pageLanguage } from '../../site-language';

type Props = { params: Promise<{ lang: string; slug: string }> };
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = await pageLanguage(params);
  const section = await getSection((await params).slug);
  const path = section ? sitePath(language, `/section/${section.slug}`) : '';
  return section
    ? {
        title: section.name,
        description: readerMessages(language).sectionDescription(section.name, env().NEWSROOM_SITE_NAME),
        alternates: { canonical: path, types: { 'application/rss+xml': `${path}/rss.xml` } },
      }
    : {};
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing language={await pageLanguage(params)} slug={(await params).slug} />;
}

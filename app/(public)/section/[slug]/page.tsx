import type { Metadata } from 'next';
import { SectionListing } from '@/components/story/listing-pages';
import { getSection } from '@/components/story/listing-queries';
import { env } from '@/lib/env';

type Props = { params: Promise<{ slug: string }> };
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const section = await getSection((await params).slug);
  return section
    ? {
        title: section.name,
        description: `${section.name}: the latest stories from ${env().NEWSROOM_SITE_NAME}.`,
        alternates: { canonical: `/section/${section.slug}`, types: { 'application/rss+xml': `/section/${section.slug}/rss.xml` } },
      }
    : {};
}

export default async function SectionPage({ params }: Props) {
  return <SectionListing slug={(await params).slug} />;
}

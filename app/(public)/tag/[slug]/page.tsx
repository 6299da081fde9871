import type { Metadata } from 'next';
import { TagListing } from '@/components/story/listing-pages';
import { getTag } from '@/components/story/listing-queries';
import { env } from '@/lib/env';

type Props = { params: Promise<{ slug: string }> };
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { tag } = await getTag((await params).slug);
  return tag
    ? {
        title: tag.name,
        description: tag.description || `Stories about ${tag.name} from ${env().NEWSROOM_SITE_NAME}.`,
        alternates: { canonical: `/tag/${tag.slug}`, types: { 'application/rss+xml': `/tag/${tag.slug}/rss.xml` } },
      }
    : {};
}

export default async function TagPage({ params }: Props) {
  return <TagListing slug={(await params).slug} />;
}

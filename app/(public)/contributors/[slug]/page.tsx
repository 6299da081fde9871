import type { Metadata } from 'next';
import { ContributorListing } from '@/components/story/listing-pages';
import { getContributor } from '@/components/story/listing-queries';
import { contributorPath } from '@/lib/bylines/queries';
import { env } from '@/lib/env';

type Props = { params: Promise<{ slug: string }> };
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const contributor = await getContributor((await params).slug);
  if (!contributor) return {};
  const path = contributorPath(contributor.slug);
  return {
    title: contributor.name,
    description: contributor.bio || `Stories by ${contributor.name} from ${env().NEWSROOM_SITE_NAME}.`,
    alternates: { canonical: path, types: { 'application/rss+xml': `${path}/rss.xml`, 'application/atom+xml': `${path}/atom.xml` } },
  };
}

export default async function ContributorPage({ params }: Props) {
  return <ContributorListing slug={(await params).slug} />;
}

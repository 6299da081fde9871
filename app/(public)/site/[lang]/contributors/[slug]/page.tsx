import type { Metadata } from 'next';
import { ContributorListing } from '@/components/story/listing-pages';
import { getContributor } from '@/components/story/listing-queries';
import { contributorPath } from '@/lib/bylines/queries';
import { env } from '@/lib/env';
import { sitePath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';
import { pageLanguage } from '../../site-language';

type Props = { params: Promise<{ lang: string; slug: string }> };
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = await pageLanguage(params);
  const contributor = await getContributor((await params).slug);
  if (!contributor) return {};
  const path = sitePath(language, contributorPath(contributor.slug));
  return {
    title: contributor.name,
    description: contributor.bio || readerMessages(language).contributorDescription(contributor.name, env().NEWSROOM_SITE_NAME),
    alternates: { canonical: path, types: { 'application/rss+xml': `${path}/rss.xml`, 'application/atom+xml': `${path}/atom.xml` } },
  };
}

export default async function ContributorPage({ params }: Props) {
  return <ContributorListing language={await pageLanguage(params)} slug={(await params).slug} />;
}

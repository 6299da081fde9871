import type { Metadata } from 'next';
import { TagListing } from '@/components/story/listing-pages';
import { getTag } from '@/components/story/listing-queries';
import { env } from '@/lib/env';
import { inLanguage } from '@/lib/stories/languages';
import { sitePath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';
import { pageLanguage } from '../../site-language';

type Props = { params: Promise<{ lang: string; slug: string }> };
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const language = await pageLanguage(params);
  const { tag } = await getTag((await params).slug);
  if (!tag) return {};
  const name = inLanguage(tag.name, tag.names, (n) => n.name, language);
  const path = sitePath(language, `/tag/${tag.slug}`);
  return {
    title: name,
    description: tag.description || readerMessages(language).tagDescription(name, env().NEWSROOM_SITE_NAME),
    alternates: { canonical: path, types: { 'application/rss+xml': `${path}/rss.xml` } },
  };
}

export default async function TagPage({ params }: Props) {
  return <TagListing language={await pageLanguage(params)} slug={(await params).slug} />;
}

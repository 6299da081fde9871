import type { Metadata } from 'next';
import { TopicListing } from '@/components/story/listing-pages';
import { getTopic } from '@/components/story/listing-queries';
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
  const topic = await getTopic((await params).slug);
  if (!topic) return {};
  const title = inLanguage(topic.title, topic.titles, (t) => t.title, language);
  return {
    title,
    description: readerMessages(language).topicDescription(title, env().NEWSROOM_SITE_NAME),
    alternates: { canonical: sitePath(language, `/topic/${topic.slug}`) },
  };
}

export default async function TopicPage({ params }: Props) {
  return <TopicListing language={await pageLanguage(params)} slug={(await params).slug} />;
}

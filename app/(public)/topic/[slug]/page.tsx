import type { Metadata } from 'next';
import { TopicListing } from '@/components/story/listing-pages';
import { getTopic } from '@/components/story/listing-queries';
import { env } from '@/lib/env';

type Props = { params: Promise<{ slug: string }> };
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic((await params).slug);
  return topic
    ? {
        title: topic.title,
        description: `${topic.title}: background and the latest stories from ${env().NEWSROOM_SITE_NAME}.`,
        alternates: { canonical: `/topic/${topic.slug}` },
      }
    : {};
}

export default async function TopicPage({ params }: Props) {
  return <TopicListing slug={(await params).slug} />;
}

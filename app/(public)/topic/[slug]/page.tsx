import type { Metadata } from 'next';
import { TopicListing } from '@/components/story/listing-pages';
import { getTopic } from '@/components/story/listing-queries';

type Props = { params: Promise<{ slug: string }> };
export const revalidate = 60;
export const generateStaticParams = () => [];

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic((await params).slug);
  return topic ? { title: topic.title, alternates: { canonical: `/topic/${topic.slug}` } } : {};
}

export default async function TopicPage({ params }: Props) {
  return <TopicListing slug={(await params).slug} />;
}

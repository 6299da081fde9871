import { TopicListing } from '@/components/story/listing-pages';

export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function TopicOlderPage({ params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  return <TopicListing slug={slug} page={n} />;
}

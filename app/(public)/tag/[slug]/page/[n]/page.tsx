import { TagListing } from '@/components/story/listing-pages';

export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function TagOlderPage({ params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  return <TagListing slug={slug} page={n} />;
}

import { ContributorListing } from '@/components/story/listing-pages';

export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function ContributorOlderPage({ params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  return <ContributorListing slug={slug} page={n} />;
}

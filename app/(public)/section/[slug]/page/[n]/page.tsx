import { SectionListing } from '@/components/story/listing-pages';

export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function SectionOlderPage({ params }: { params: Promise<{ slug: string; n: string }> }) {
  const { slug, n } = await params;
  return <SectionListing slug={slug} page={n} />;
}

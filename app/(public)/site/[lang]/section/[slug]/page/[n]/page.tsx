import { SectionListing } from '@/components/story/listing-pages';
import { pageLanguage } from '../../../../site-language';

export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function SectionOlderPage({ params }: { params: Promise<{ lang: string; slug: string; n: string }> }) {
  const { slug, n } = await params;
  return <SectionListing language={await pageLanguage(params)} slug={slug} page={n} />;
}

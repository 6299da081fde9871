import { HomeListing } from '@/components/story/listing-pages';
import { pageLanguage } from '../../site-language';

export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function OlderNewsPage({ params }: { params: Promise<{ lang: string; n: string }> }) {
  return <HomeListing language={await pageLanguage(params)} page={(await params).n} />;
}

import { HomeListing } from '@/components/story/listing-pages';

export const revalidate = 60;
export const generateStaticParams = () => [];

export default async function OlderNewsPage({ params }: { params: Promise<{ n: string }> }) {
  return <HomeListing page={(await params).n} />;
}

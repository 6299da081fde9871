import { siteLanguage } from '@/lib/stories/public-paths';
import { sitemapIndexResponse } from '@/lib/sitemaps/responses';

// Cached like the pages; publishing revalidates it.
export const revalidate = 60;
export const generateStaticParams = () => [];
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string }> }) {
  const language = siteLanguage((await params).lang);
  return language ? sitemapIndexResponse(language) : new Response('Not found', { status: 404 });
}

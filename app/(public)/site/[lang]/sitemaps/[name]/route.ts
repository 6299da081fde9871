import { siteLanguage } from '@/lib/stories/public-paths';
import { childSitemapResponse } from '@/lib/sitemaps/responses';

export const dynamic = 'force-dynamic';
export async function GET(_request: Request, { params }: { params: Promise<{ lang: string; name: string }> }) {
  const { lang, name } = await params;
  const language = siteLanguage(lang);
  return (language && (await childSitemapResponse(language, name))) ?? new Response('Not found', { status: 404 });
}

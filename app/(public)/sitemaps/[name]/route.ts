import { childSitemapResponse } from '@/lib/sitemaps/responses';

export const dynamic = 'force-dynamic';
export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  return (await childSitemapResponse((await params).name)) ?? new Response('Not found', { status: 404 });
}

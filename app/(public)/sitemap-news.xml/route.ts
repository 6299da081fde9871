import { newsSitemapResponse } from '@/lib/sitemaps/responses';

export const dynamic = 'force-dynamic';
export const GET = () => newsSitemapResponse();

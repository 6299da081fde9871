import { newsSitemapResponse } from '@/lib/sitemaps/responses';

// Cached like the pages; publishing revalidates it.
export const revalidate = 60;
export const GET = () => newsSitemapResponse();

import { feedHandler } from '@/lib/feeds/handler';

// Cached like the pages; publishing revalidates it.
export const revalidate = 60;
export const generateStaticParams = () => [];
export const GET = feedHandler('atom', () => ({ kind: 'site' }));

import { feedHandler } from '@/lib/feeds/handler';

export const dynamic = 'force-dynamic';
export const GET = feedHandler('rss', (params) => ({ kind: 'contributor', slug: params.slug ?? '' }));

import { feedHandler } from '@/lib/feeds/handler';

export const dynamic = 'force-dynamic';
export const GET = feedHandler('json', (params) => ({ kind: 'section', slug: params.slug ?? '' }));

import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const site = env().NEWSROOM_SITE_URL;
  return {
    rules: [{ userAgent: '*', allow: '/', disallow: ['/desk', '/preview/', '/login', '/api/', '/withdrawn/'] }],
    sitemap: [`${site}/sitemap.xml`, `${site}/sitemap-news.xml`],
  };
}

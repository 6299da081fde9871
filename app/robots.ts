import type { MetadataRoute } from 'next';
import { env } from '@/lib/env';
import { newsroomLanguages } from '@/lib/stories/languages';
import { sitePath } from '@/lib/stories/public-paths';

export const dynamic = 'force-dynamic';

export default function robots(): MetadataRoute.Robots {
  const site = env().NEWSROOM_SITE_URL;
  return {
    rules: [
      {
        userAgent: '*',
        allow: '/',
        disallow: ['/desk', '/preview/', '/login', '/api/', ...newsroomLanguages().map((language) => sitePath(language, '/withdrawn/'))],
      },
    ],
    // Each language's site has its own sitemaps.
    sitemap: newsroomLanguages().flatMap((language) => [`${site}${sitePath(language, '/sitemap.xml')}`, `${site}${sitePath(language, '/sitemap-news.xml')}`]),
  };
}

import { contributorKey, FEEDS_KEY, sectionKey, surrogateKeyHeader, tagKey } from '@/lib/cache/surrogate-keys';
import type { FeedFormat } from './build-feed';
import { siteLanguage } from '@/lib/stories/public-paths';
import { feedDocument, type FeedScope } from './feed-response';

/** A GET route handler serving one feed format for a scope and a site language taken from the route params. */
export function feedHandler(format: FeedFormat, scopeOf: (params: Record<string, string>) => FeedScope) {
  return async (_request: Request, context: { params: Promise<Record<string, string>> }) => {
    const language = siteLanguage((await context.params).lang ?? '');
    const document = language ? await feedDocument(format, scopeOf(await context.params), language) : null;
    if (!document) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
    const scope = scopeOf(await context.params);
    const keys = [
      FEEDS_KEY,
      ...(scope.kind === 'section'
        ? [sectionKey(scope.slug)]
        : scope.kind === 'tag'
          ? [tagKey(scope.slug)]
          : scope.kind === 'contributor'
            ? [contributorKey(scope.slug)]
            : []),
    ];
    return new Response(document.body, {
      headers: { 'Content-Type': document.contentType, 'Cache-Control': 'public, max-age=60', 'Surrogate-Key': surrogateKeyHeader(keys) },
    });
  };
}

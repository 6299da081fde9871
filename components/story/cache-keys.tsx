import { KEYS_META_NAME, storyKey } from '@/lib/cache/surrogate-keys';

/**
 * Names the cache keys of the page it is on (the story keys of what it shows, and
 * the listing it is). The front server moves them into the `Surrogate-Key` header and
 * takes this element out of the page.
 */
export function CacheKeys({ keys = [], stories = [] }: { keys?: string[]; stories?: { slug: string }[] }) {
  return <meta name={KEYS_META_NAME} content={[...keys, ...stories.map((story) => storyKey(story.slug))].join(' ')} />;
}

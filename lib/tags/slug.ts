import { slugFromHeadline } from '@/lib/stories/slug';

/** A tag's slug: its name transliterated, e.g. `Путин` → `putin`. */
export const slugFromName = (name: string) => slugFromHeadline(name) || 'tag';

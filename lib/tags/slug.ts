import { slugify } from '@/lib/text/slug';

/** A tag's slug: its name transliterated, e.g. `Путин` → `putin`. */
export const slugFromName = (name: string) => slugify(name) || 'tag';

import { cache } from 'react';
import { getSectionBySlug, getTagBySlug, getTopicBySlug } from '@/lib/stories/public-queries';

// A listing's generateMetadata and its page read the same section, tag or topic:
// one query per render.
export const getSection = cache(getSectionBySlug);
export const getTag = cache(getTagBySlug);
export const getTopic = cache(getTopicBySlug);

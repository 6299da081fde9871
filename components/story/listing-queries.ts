import { cache } from 'react';
import { getSectionBySlug } from '@/lib/sections/queries';
import { getTagBySlug } from '@/lib/tags/queries';
import { getContributorBySlug } from '@/lib/bylines/queries';
import { getTopicBySlug } from '@/lib/topics/queries';

// A listing's generateMetadata and its page read the same section, tag or topic:
// one query per render.
export const getSection = cache(getSectionBySlug);
export const getTag = cache(getTagBySlug);
export const getTopic = cache(getTopicBySlug);
export const getContributor = cache(getContributorBySlug);

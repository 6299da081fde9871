import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { PublicChrome } from '@/components/story/public-chrome';
import { StoryArticle } from '@/components/story/story-article';
import { env } from '@/lib/env';
import { resolveBylines } from '@/lib/bylines/queries';
import { mediaIdsIn, responsiveImages } from '@/lib/assets/queries';
import { formatDateline } from '@/lib/stories/dateline';
import { getStoryForPreview } from '@/lib/stories/editor-queries';
import { STATUS_LABELS } from '@/lib/stories/labels';
import { requireViewer } from '../../(desk)/require-viewer';

// Desk users only (the session is read per request, so the page is never cached publicly).
export const metadata: Metadata = { title: 'Preview', robots: { index: false, follow: false } };

/** Any story, in any state, in the public design: what readers would see if it went out now. */
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/preview/${id}`);
  const story = await getStoryForPreview(viewer, id);
  if (!story) notFound();
  const bylines = await resolveBylines(story.bylines, story.language);
  const images = await responsiveImages([...mediaIdsIn(story.body), ...(story.leadImageId ? [story.leadImageId] : [])]);
  const dateline = formatDateline({
    place: story.datelinePlace,
    date: story.datelineDate,
    credit: story.credit || env().NEWSROOM_AGENCY_CREDIT,
    language: story.language,
  });
  const banner = (
    <div role="region" aria-label="Preview" className="bg-amber-100 px-4 py-2 text-center text-sm text-amber-950">
      Preview of the working copy ({STATUS_LABELS[story.status]}): readers do not see this page.{' '}
      <Link href={`/desk/stories/${story.id}`} className="font-semibold underline">
        Back to the story
      </Link>
    </div>
  );
  return (
    <PublicChrome language={story.language} banner={banner}>
      <StoryArticle story={{ ...story, dateline, tags: story.tags.map(({ tag }) => tag), images, bylines }} />
    </PublicChrome>
  );
}

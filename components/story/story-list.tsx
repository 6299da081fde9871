import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatPublicTime } from './time';
import type { Priority } from '@/lib/enums';
import type { ResponsiveImage } from '@/lib/assets/responsive';
import { storyPath } from '@/lib/stories/public-paths';
import { readerMessages } from '@/lib/stories/reader-messages';
import { ResponsivePicture } from './lead-image';

type Item = {
  storyId: string;
  slug: string;
  headline: string;
  subheadline: string;
  priority: Priority;
  visibleAt: Date;
  section: { name: string } | null;
  leadImage?: ResponsiveImage | null;
};

/**
 * A list of stories, newest first, each with its lead image's 16:9 thumbnail. With
 * `leadStory`, the first story with a picture opens the list large (the home page).
 */
export function StoryList({ stories, language, leadStory = false }: { stories: Item[]; language: string; leadStory?: boolean }) {
  const t = readerMessages(language);
  if (stories.length === 0) return <p className="text-slate-600">{t.noStories}</p>;
  const [first, ...rest] = stories;
  const opening = leadStory && first?.leadImage ? first : null;
  return (
    <>
      {opening ? (
        <article className="mb-6 border-b border-slate-200 pb-6" aria-labelledby={`lead-${opening.storyId}`}>
          <Link href={storyPath(opening.slug, language)} tabIndex={-1} aria-hidden="true">
            <ResponsivePicture
              image={opening.leadImage!}
              crop="16x9"
              eager
              sizes="(min-width: 1024px) 992px, 100vw"
              className="aspect-video h-auto w-full rounded object-cover"
            />
          </Link>
          <h2 id={`lead-${opening.storyId}`} className="mt-3 font-serif text-3xl font-bold leading-tight">
            <Link href={storyPath(opening.slug, language)} className="hover:text-brand">
              {opening.headline}
            </Link>
          </h2>
          {opening.subheadline ? <p className="mt-2 text-lg text-slate-700">{opening.subheadline}</p> : null}
        </article>
      ) : null}
      <ol className="divide-y divide-slate-200">
        {(opening ? rest : stories).map((story) => (
          <li key={story.storyId} className="flex gap-4 py-4">
            <div className="min-w-0 flex-1">
              <p className="mb-1 flex items-center gap-2 text-xs text-slate-500">
                <time dateTime={story.visibleAt.toISOString()}>{formatPublicTime(story.visibleAt, language)}</time>
                {story.section ? <span>{story.section.name}</span> : null}
                {story.priority !== 'ROUTINE' ? (
                  <Badge tone={story.priority === 'FLASH' ? 'red' : 'amber'}>{story.priority === 'FLASH' ? t.flash : t.urgent}</Badge>
                ) : null}
              </p>
              <h2 className="font-serif text-xl font-bold leading-snug">
                <Link href={storyPath(story.slug, language)} className="hover:text-brand">
                  {story.headline}
                </Link>
              </h2>
              {story.subheadline ? <p className="mt-1 text-slate-700">{story.subheadline}</p> : null}
            </div>
            {story.leadImage ? (
              <Link href={storyPath(story.slug, language)} tabIndex={-1} aria-hidden="true" className="w-32 shrink-0 sm:w-48">
                <ResponsivePicture
                  image={story.leadImage}
                  crop="16x9"
                  sizes="(min-width: 640px) 192px, 128px"
                  alt=""
                  className="aspect-video h-auto w-full rounded object-cover"
                />
              </Link>
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}

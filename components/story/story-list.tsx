import Link from 'next/link';
import { Badge } from '@/components/ui/badge';
import { formatPublicTime } from './time';
import type { Priority } from '@/lib/enums';

type Item = { storyId: string; slug: string; headline: string; subheadline: string; priority: Priority; visibleAt: Date; section: { name: string } | null };

export function StoryList({ stories }: { stories: Item[] }) {
  if (stories.length === 0) return <p className="text-slate-600">No stories yet.</p>;
  return (
    <ol className="divide-y divide-slate-200">
      {stories.map((story) => (
        <li key={story.storyId} className="py-4">
          <p className="mb-1 flex items-center gap-2 text-xs text-slate-500">
            <time dateTime={story.visibleAt.toISOString()}>{formatPublicTime(story.visibleAt)}</time>
            {story.section ? <span>{story.section.name}</span> : null}
            {story.priority !== 'ROUTINE' ? <Badge tone={story.priority === 'FLASH' ? 'red' : 'amber'}>{story.priority === 'FLASH' ? 'Flash' : 'Urgent'}</Badge> : null}
          </p>
          <h2 className="font-serif text-xl font-bold leading-snug">
            <Link href={`/news/${story.slug}`} className="hover:text-brand">{story.headline}</Link>
          </h2>
          {story.subheadline ? <p className="mt-1 text-slate-700">{story.subheadline}</p> : null}
        </li>
      ))}
    </ol>
  );
}

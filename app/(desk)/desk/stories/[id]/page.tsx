import Link from 'next/link';
import { notFound } from 'next/navigation';
import { StatusBadge } from '@/components/desk/status-badge';
import { formatPublicTime } from '@/components/story/time';
import { StoryForm } from '@/components/desk/story-editor/story-form';
import { StoryHistory } from '@/components/desk/story-history';
import { getStoryForEditor, listRevisions } from '@/lib/stories/editor-queries';
import { requireViewer } from '../../../require-viewer';
import { storyFormProps } from '../form-props';

export const metadata = { title: 'Edit story' };

export default async function EditStoryPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireViewer(`/desk/stories/${id}`);
  const story = await getStoryForEditor(viewer, id);
  if (!story) notFound();
  const revisions = await listRevisions(viewer, id);
  const live = story.publication && !story.publication.killedAt;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">Edit story</h1>
        <StatusBadge status={story.status} />
        {live ? <Link href={`/news/${story.publication!.slug}`} className="text-sm text-brand underline">View published version</Link> : null}
        <span className="text-sm text-slate-500">by {story.author.name}</span>
        {story.status === 'SCHEDULED' && story.scheduledAt ? (
          <span className="text-sm text-purple-800">publishes <time dateTime={story.scheduledAt.toISOString()}>{formatPublicTime(story.scheduledAt)}</time></span>
        ) : null}
      </div>
      <StoryForm key={story.id} {...await storyFormProps(story, viewer)} />
      <StoryHistory
        storyId={story.id}
        currentVersion={story.version}
        revisions={revisions.map((r) => ({ id: r.id, number: r.number, reason: r.reason, status: r.status, createdAt: r.updatedAt.toISOString(), authorName: r.author.name }))}
      />
    </div>
  );
}

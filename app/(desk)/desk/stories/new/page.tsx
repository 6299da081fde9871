import { NewStory } from '@/components/desk/stories/new-story';
import { requireViewer } from '../../../require-viewer';
import { createStoryAction } from '../actions';

export const metadata = { title: 'New story' };

/**
 * "New story": the story is made at once (a blank draft) and its own page opens, where
 * the person who creates it is on its shared document from the first keystroke with
 * everyone who opens it. A blank story nobody touched is removed later by the job runner.
 */
export default async function NewStoryPage() {
  await requireViewer('/desk/stories/new', 'story.create');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">New story</h1>
      <NewStory create={createStoryAction} />
    </div>
  );
}

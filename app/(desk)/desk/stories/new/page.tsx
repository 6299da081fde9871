import { StoryEditor } from '@/components/desk/story-editor/story-editor';
import { requireViewer } from '../../../require-viewer';
import { storyEditorActions } from '../editor-actions';
import { newStoryFormProps } from '../form-props';

export const metadata = { title: 'New story' };

export default async function NewStoryPage() {
  const viewer = await requireViewer('/desk/stories/new', 'story.create');
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">New story</h1>
      <StoryEditor {...await newStoryFormProps(viewer)} actions={storyEditorActions} />
    </div>
  );
}

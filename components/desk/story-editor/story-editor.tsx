'use client';

import dynamic from 'next/dynamic';
import type { StoryFormProps } from './story-form';
import { StoryActionsProvider, type StoryActions } from './story-actions';

// The form first renders in the browser: it opens with what this device may have kept
// (localStorage), which the server cannot know.
const StoryForm = dynamic(() => import('./story-form').then((m) => m.StoryForm), {
  ssr: false,
  loading: () => (
    <p className="text-slate-600" role="status">
      Loading the editor…
    </p>
  ),
});

/** The story editor: the form, with the Server Actions its parts call. */
export function StoryEditor({ actions, ...props }: StoryFormProps & { actions: StoryActions }) {
  return (
    <StoryActionsProvider actions={actions}>
      <StoryForm {...props} />
    </StoryActionsProvider>
  );
}

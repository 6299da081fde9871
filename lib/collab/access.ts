import { can, type Viewer } from '@/lib/auth/permissions';
import type { StoryStatus } from '@/lib/enums';
import { isEditable } from '@/lib/stories/workflow';

/** The shared document of a story is named after it. */
export const collabDocumentName = (storyId: string) => `story:${storyId}`;
export const storyIdOfDocument = (name: string) => /^story:([A-Za-z0-9_-]{1,40})$/.exec(name)?.[1] ?? null;

export type CollabAccess = 'edit' | 'read' | 'none';

/**
 * Who may join a story's shared document, and how: desk users only (readers never
 * connect); editing needs `story.edit` and a story that can still change (nobody edits
 * a killed, spiked or scheduled story, as the workflow says; they may still watch it).
 */
export function collabAccess(viewer: Viewer | null, story: { status: StoryStatus } | null): CollabAccess {
  if (!viewer || !story || !can(viewer, 'desk.view')) return 'none';
  if (!can(viewer, 'story.edit') || !isEditable(story.status)) return 'read';
  return 'edit';
}

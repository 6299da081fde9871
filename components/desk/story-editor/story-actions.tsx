'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { ActionResult } from '@/lib/action';
import type { TextAnchor } from '@/lib/comments/anchor';
import type { CreatableTagKind, TagKind } from '@/lib/enums';
import type { DraftTag } from '@/lib/stories/draft';
import type { Language } from '@/lib/stories/limits';
import type { SuggestionOutcome } from '@/lib/stories/suggestion-decisions';
import type { transitionStory } from '@/lib/stories/transition';
import type { WorkflowAction } from '@/lib/stories/workflow';
import type { searchTags } from '@/lib/tags/queries';
import type { Suggestion } from '@/lib/tags/suggestions';

type Result<T> = Promise<ActionResult<T>>;

/**
 * The Server Actions the story editor and its widgets call. The page passes them in
 * (components never import routes), once, through this context.
 */
export type StoryActions = {
  transition: (input: {
    storyId: string;
    action: Exclude<WorkflowAction, 'edit'>;
    baseVersion?: number;
    note?: string;
    at?: Date;
  }) => Result<Awaited<ReturnType<typeof transitionStory>>>;
  searchTags: (input: { query: string; kinds?: TagKind[]; language?: Language }) => Result<Awaited<ReturnType<typeof searchTags>>>;
  createTag: (input: { kind: CreatableTagKind; name: string }) => Result<DraftTag>;
  suggestTags: (input: { headline: string; subheadline: string; bodyText: string; topicId: string | null; tagIds: string[] }) => Result<Suggestion[]>;
  addComment: (input: { storyId: string; text: string; anchor: TextAnchor | null; suggestionId?: string | null }) => Result<unknown>;
  replyToComment: (input: { commentId: string; text: string }) => Result<unknown>;
  setCommentResolved: (input: { commentId: string; resolved: boolean }) => Result<unknown>;
  decideSuggestions: (input: { storyId: string; ids: string[] | 'all'; decision: 'accept' | 'reject' }) => Result<SuggestionOutcome>;
};

const StoryActionsContext = createContext<StoryActions | null>(null);

export function StoryActionsProvider({ actions, children }: { actions: StoryActions; children: ReactNode }) {
  return <StoryActionsContext.Provider value={actions}>{children}</StoryActionsContext.Provider>;
}

/** The story editor's actions; only inside a StoryActionsProvider. */
export function useStoryActions(): StoryActions {
  const actions = useContext(StoryActionsContext);
  if (!actions) throw new Error('useStoryActions outside a StoryActionsProvider');
  return actions;
}

import type { StoryActions } from '@/components/desk/story-editor/story-actions';
import { createTagAction, searchTagsAction, suggestTagsAction } from '../tags/actions';
import { transitionStoryAction } from './actions';
import { addCommentAction, replyToCommentAction, setCommentResolvedAction } from './comment-actions';
import { decideSuggestionsAction } from './suggestion-actions';

/** The Server Actions the story editor calls, handed to it by the story page. */
export const storyEditorActions = {
  transition: transitionStoryAction,
  searchTags: searchTagsAction,
  createTag: createTagAction,
  suggestTags: suggestTagsAction,
  addComment: addCommentAction,
  replyToComment: replyToCommentAction,
  setCommentResolved: setCommentResolvedAction,
  decideSuggestions: decideSuggestionsAction,
} satisfies StoryActions;

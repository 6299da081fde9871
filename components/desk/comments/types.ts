import type { TextAnchor } from '@/lib/comments/anchor';

export type CommentItem = { id: string; text: string; authorName: string; createdAt: string };
export type ThreadItem = CommentItem & {
  anchor: TextAnchor | null;
  detached: boolean;
  resolvedAt: string | null;
  resolvedByName: string | null;
  replies: CommentItem[];
  suggestionId?: string | null;
};

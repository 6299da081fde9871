import { AppError } from '@/lib/errors';

/** What a story needs before it can go to review or readers. */
export function assertReadyForReview(story: { headline: string; bodyText: string }) {
  const errors: Record<string, string[]> = {};
  if (!story.headline.trim()) errors.headline = ['Write a headline before submitting.'];
  if (!story.bodyText.trim()) errors.body = ['Write the body before submitting.'];
  if (Object.keys(errors).length) throw new AppError('INVALID_INPUT', 'The story is not ready for review.', errors);
}

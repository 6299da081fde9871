import { AppError } from '@/lib/errors';

/**
 * What a story needs before it can go to review or readers. A FLASH published at once
 * may be its headline and dateline alone: the body follows in the next update.
 */
export function assertReadyForReview(story: { headline: string; bodyText: string; datelinePlace?: string }, options: { flash?: boolean } = {}) {
  const errors: Record<string, string[]> = {};
  if (!story.headline.trim()) errors.headline = ['Write a headline before submitting.'];
  if (options.flash) {
    if (!story.datelinePlace?.trim()) errors.datelinePlace = ['A FLASH needs its dateline: where it happened.'];
  } else if (!story.bodyText.trim()) errors.body = ['Write the body before submitting.'];
  if (Object.keys(errors).length) throw new AppError('INVALID_INPUT', 'The story is not ready for review.', errors);
}

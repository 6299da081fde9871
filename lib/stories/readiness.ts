import { AppError } from '@/lib/errors';

/**
 * What a story needs before it can go to review or readers. A FLASH may be its headline
 * and dateline alone: the body follows in the next update.
 */
export function assertReadyForReview(story: { headline: string; bodyText: string; datelinePlace?: string }, options: { flash?: boolean } = {}) {
  const errors: Record<string, string[]> = {};
  if (!story.headline.trim()) errors.headline = ['Write a headline before submitting.'];
  if (!story.bodyText.trim()) {
    if (!options.flash) errors.body = ['Write the body before submitting.'];
    else if (!story.datelinePlace?.trim()) errors.datelinePlace = ['A FLASH without a body needs its dateline: where it happened.'];
  }
  if (Object.keys(errors).length) throw new AppError('INVALID_INPUT', 'The story is not ready for review.', errors);
}

/** Figures in a body without alt text. */
function figuresWithoutAlt(body: unknown): number {
  let missing = 0;
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { type?: string; attrs?: { alt?: unknown }; content?: unknown[] };
    if (n.type === 'figure' && !String(n.attrs?.alt ?? '').trim()) missing++;
    n.content?.forEach(visit);
  };
  visit(body);
  return missing;
}

/** Readers who cannot see an image get its alt text: every image a story shows needs one before it goes out. */
export function assertImagesDescribed(story: { body: unknown; leadImage: { altText: string } | null }) {
  const errors: Record<string, string[]> = {};
  const missing = figuresWithoutAlt(story.body);
  if (missing)
    errors.body = [
      `Give ${missing === 1 ? 'the image' : `all ${missing} images`} in the body alt text before publishing (remove it and insert it again with its alt text).`,
    ];
  if (story.leadImage && !story.leadImage.altText.trim()) errors.leadImageId = ['Give the lead image its alt text (Media library) before publishing.'];
  if (Object.keys(errors).length) throw new AppError('INVALID_INPUT', 'Every image needs alt text before the story is published.', errors);
}

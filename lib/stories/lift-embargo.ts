import { z } from 'zod';
import { announcePublicChange } from '@/lib/cache/public-change';

const ZPayload = z.object({ storyId: z.string().min(1), slug: z.string().min(1) });

/**
 * The queued job at an embargo's end: the story became visible by the clock, so every
 * instance is told to expire its cached pages now (a story's page, the lists, feeds).
 */
export async function liftEmbargo(payload: unknown): Promise<{ slug: string }> {
  const { slug } = ZPayload.parse(payload);
  await announcePublicChange(slug, 'job-runner');
  return { slug };
}

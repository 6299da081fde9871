import type { Tx } from '@/lib/db';

/** The graphile-worker task that publishes a scheduled story. */
export const PUBLISH_TASK = 'publish-scheduled-story';
export const publishJobKey = (storyId: string) => `publish-story:${storyId}`;

/**
 * Queues the publication of a scheduled story at its time, in the caller's
 * transaction: the schedule and its job commit together or not at all. One job per
 * story (its job key), so rescheduling replaces the earlier job.
 */
export async function enqueueScheduledPublication(tx: Tx, input: { storyId: string; at: Date; userId: string }) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${PUBLISH_TASK},
    json_build_object('storyId', ${input.storyId}::text, 'userId', ${input.userId}::text),
    run_at := ${input.at}::timestamptz,
    max_attempts := 10,
    job_key := ${publishJobKey(input.storyId)})`;
}

/** Drops a story's pending publication job, if any (unscheduled, or published by hand). */
export async function cancelScheduledPublication(tx: Tx, storyId: string) {
  await tx.$executeRaw`SELECT graphile_worker.remove_job(${publishJobKey(storyId)})`;
}

/** The graphile-worker task that refreshes the public pages when an embargo lifts. */
export const EMBARGO_TASK = 'lift-embargo';

/**
 * Public pages are cached; a story published under embargo becomes visible by the
 * clock, so a job at the embargo's end asks the app to revalidate at that moment.
 */
export async function enqueueEmbargoLift(tx: Tx, input: { storyId: string; slug: string; at: Date }) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${EMBARGO_TASK},
    json_build_object('storyId', ${input.storyId}::text, 'slug', ${input.slug}::text),
    run_at := ${input.at}::timestamptz,
    max_attempts := 10,
    job_key := ${`embargo:${input.storyId}`})`;
}

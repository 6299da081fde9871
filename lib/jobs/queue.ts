import type { Tx } from '@/lib/db';

/**
 * Adds a graphile-worker job in the caller's transaction: it exists only if the change
 * that needs it commits. A job key makes a later add replace the earlier job.
 */
export async function addJob(
  tx: Pick<Tx, '$executeRaw'>,
  task: string,
  payload: Record<string, string>,
  options: { runAt?: Date; jobKey?: string; maxAttempts?: number } = {},
) {
  await tx.$executeRaw`SELECT graphile_worker.add_job(
    ${task}, ${JSON.stringify(payload)}::json,
    run_at := ${options.runAt ?? null}::timestamptz,
    max_attempts := ${options.maxAttempts ?? 10}::int,
    job_key := ${options.jobKey ?? null}::text)`;
}

/** Many jobs of one task in one statement (a batch of ingested items, say); each may be held until `runAt`. */
export async function addJobs(
  db: Pick<Tx, '$executeRaw'>,
  task: string,
  jobs: { payload: Record<string, string>; jobKey?: string; queueName?: string; runAt?: Date | null }[],
  options: { maxAttempts?: number } = {},
) {
  if (!jobs.length) return;
  const specs = JSON.stringify(
    jobs.map((job) => ({ payload: job.payload, key: job.jobKey ?? null, queue: job.queueName ?? null, run_at: job.runAt?.toISOString() ?? null })),
  );
  await db.$executeRaw`SELECT graphile_worker.add_jobs(ARRAY(
    SELECT ROW(${task}::text, j.payload, j.queue, j.run_at, ${options.maxAttempts ?? 10}::int, j.key, NULL::int, NULL::text[])::graphile_worker.job_spec
    FROM json_to_recordset(${specs}::json) AS j(payload json, key text, queue text, run_at timestamptz)))`;
}

/** The graphile-worker task that publishes a scheduled story. */
export const PUBLISH_TASK = 'publish-scheduled-story';
export const publishJobKey = (storyId: string) => `publish-story:${storyId}`;

/**
 * Queues the publication of a scheduled story at its time, in the caller's
 * transaction: the schedule and its job commit together or not at all. One job per
 * story (its job key), so rescheduling replaces the earlier job.
 */
export async function enqueueScheduledPublication(tx: Tx, input: { storyId: string; at: Date; userId: string }) {
  await addJob(tx, PUBLISH_TASK, { storyId: input.storyId, userId: input.userId }, { runAt: input.at, jobKey: publishJobKey(input.storyId) });
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
  await addJob(tx, EMBARGO_TASK, { storyId: input.storyId, slug: input.slug }, { runAt: input.at, jobKey: `embargo:${input.storyId}` });
}

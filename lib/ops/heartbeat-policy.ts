/** The job runner's kind of heartbeat. */
export const JOB_RUNNER = 'job-runner';
export const HEARTBEAT_EVERY_MS = 10_000;
/** A runner silent for longer than this is taken for stopped (three beats missed). */
export const HEARTBEAT_STALE_MS = 30_000;

import { Logger as WorkerLogger, type Task, type TaskList } from 'graphile-worker';
import { moduleLogger } from '@/lib/telemetry/logger';
import { runInRequest } from '@/lib/telemetry/request-context';
import { withSpan } from '@/lib/telemetry/tracing';

/**
 * The job runner's tasks, each run inside a span (`job <task>`) and a log context
 * (`requestId: job-<id>`, so what the task logs is found with it), logged when it ends
 * with its time, or with the attempt when it fails (a warning while graphile-worker will
 * retry it, an error at the last attempt).
 */
export function observedTasks(tasks: TaskList): TaskList {
  const log = moduleLogger('jobs');
  const observed: TaskList = {};
  for (const [name, task] of Object.entries(tasks) as [string, Task][]) {
    observed[name] = (payload, helpers) => {
      const { id, attempts, max_attempts: maxAttempts } = helpers.job;
      const fields = { task: name, jobId: String(id), attempt: attempts, maxAttempts };
      return runInRequest({ requestId: `job-${id}` }, () =>
        withSpan(`job ${name}`, { 'newsroom.job.task': name, 'newsroom.job.id': String(id), 'newsroom.job.attempt': attempts }, async () => {
          const started = performance.now();
          try {
            await task(payload, helpers);
            log.info({ ...fields, ms: Math.round(performance.now() - started) }, 'job done');
          } catch (error) {
            // A retry is a warning (a partner's server down for a minute); the last attempt is an error the System page lists.
            if (attempts >= maxAttempts) log.error({ ...fields, err: error }, `job ${name} failed for the last time`);
            else log.warn({ ...fields, err: error }, `job ${name} failed; it will be retried`);
            throw error;
          }
        }),
      );
    };
  }
  return observed;
}

/**
 * graphile-worker's own messages: warnings and errors into the log (its info is every
 * poll). A task's failure is logged once, by `observedTasks`, not again here.
 */
export function jobQueueLogger() {
  const log = moduleLogger('jobs');
  return new WorkerLogger(() => (level, message, meta) => {
    if ((meta as { failure?: boolean } | undefined)?.failure) return;
    if (level === 'error') log.error(message);
    else if (level === 'warning') log.warn(message);
  });
}

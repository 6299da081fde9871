// The job runner: graphile-worker on the app's PostgreSQL. Started by `npm start` next
// to Next.js; run one per instance. Jobs are taken with SKIP LOCKED, so each runs once
// however many runners there are, and a job whose time passed while nothing ran is
// picked up as soon as a runner starts.
import 'dotenv/config';
import { run } from 'graphile-worker';
import pg from 'pg';
import { prisma } from '@/lib/db';
import { env } from '@/lib/env';
import { announcePublicChange } from '@/lib/cache/public-change';
import { purgeKeys } from '@/lib/cache/purge';
import { keysForPublicChange } from '@/lib/cache/story-change';
import { EMBARGO_TASK, PUBLISH_TASK } from '@/lib/jobs/queue';
import { liftEmbargo } from '@/lib/stories/lift-embargo';
import { publishScheduledStory } from '@/lib/stories/publish-scheduled';
import { PURGE_EMPTY_DRAFTS_TASK, purgeEmptyDrafts } from '@/lib/stories/purge-empty-drafts';
import { PURGE_SPIKED_TASK, purgeSpikedStories } from '@/lib/stories/purge-spiked';
import { EMAIL_TASK } from '@/lib/notifications/notify';
import { configuredFeeds, pollFeeds, POLL_FEEDS_TASK } from '@/lib/wire/poll-feeds';
import { sendNotificationEmail } from '@/lib/notifications/email';
import { fetchWireImages, FETCH_WIRE_IMAGES_TASK } from '@/lib/wire/fetch-images';
import { deliverWebhook } from '@/lib/webhooks/deliver';
import { IMAGE_RIGHTS_TASK, processImage, PROCESS_IMAGE_TASK } from '@/lib/assets/process-image';
import sharp from 'sharp';
import { DELIVER_WEBHOOK_TASK } from '@/lib/webhooks/enqueue';
import { checkDeadlines, PLANNING_DEADLINES_TASK } from '@/lib/planning/deadlines';
import { startHeartbeat, JOB_RUNNER } from '@/lib/ops/heartbeat';
import { recordIngest } from '@/lib/ops/ingest-stats';
import { jobQueueLogger, observedTasks } from '@/lib/ops/jobs';
import { moduleLogger } from '@/lib/telemetry/logger';
import { startProcessOps } from '@/lib/ops/process';
import { exitWithParent } from './lib/exit-with-parent.ts';

exitWithParent();
// JSON logs, errors kept for the System page, traces (lib/ops); the heartbeat /readyz looks for.
const ops = await startProcessOps('worker');
const log = moduleLogger('jobs');
const heartbeat = startHeartbeat(JOB_RUNNER, (error) => log.warn(`could not write the heartbeat: ${error.message}`));
// One libvips thread per image job: renditions never take both cores from the site.
sharp.concurrency(1);

/**
 * Tells every app instance to expire its cached public pages, and the cache in front to
 * purge the story's keys (best effort: the 60 s timer is the fallback).
 */
async function revalidateApp(slug: string) {
  try {
    await announcePublicChange(slug, 'job-runner');
    await purgeKeys(await keysForPublicChange(slug));
  } catch (error) {
    log.error({ err: error, slug }, `could not announce the change to ${slug}`);
  }
}

// One pool for both runners, with its own error handler: a connection PostgreSQL drops
// (a restart, a failover, shutdown) is logged and replaced, never an unhandled 'error'.
const pgPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 14 });
pgPool.on('error', (error) => log.error(`PostgreSQL connection lost: ${error.message}`));
pgPool.on('connect', (client) => client.on('error', (error) => log.error(`PostgreSQL connection lost: ${error.message}`)));

const runner = await run({
  pgPool,
  concurrency: 2,
  pollInterval: 1000,
  logger: jobQueueLogger(),
  // Feeds named in NEWSROOM_WIRE_FEEDS are polled every NEWSROOM_WIRE_POLL_MINUTES (5); the
  // crontab is kept in PostgreSQL, so with several runners each poll still happens once.
  // Spiked stories past their 30 days, and blank stories nobody wrote in, are purged hourly.
  // Deadlines (coverage due in 15 minutes, missed schedules) are checked every minute.
  crontab: [
    `17 * * * * ${PURGE_SPIKED_TASK}`,
    `47 * * * * ${PURGE_EMPTY_DRAFTS_TASK}`,
    `* * * * * ${PLANNING_DEADLINES_TASK}`,
    ...(configuredFeeds().length ? [`*/${env().NEWSROOM_WIRE_POLL_MINUTES} * * * * ${POLL_FEEDS_TASK}`] : []),
  ].join('\n'),
  taskList: observedTasks({
    [POLL_FEEDS_TASK]: async () => {
      for (const result of await pollFeeds(configuredFeeds())) {
        const imported = result.outcomes.filter((o) => o.status === 'imported').length;
        await recordIngest(new URL(result.url).host, result.outcomes, result.error);
        if (result.error) log.error({ feed: result.url }, `feed ${result.url} could not be read: ${result.error}`);
        else log.info({ feed: result.url, imported, items: result.outcomes.length }, `polled ${result.url}: ${imported} new of ${result.outcomes.length}`);
      }
    },
    [PUBLISH_TASK]: async (payload) => {
      const result = await publishScheduledStory(payload);
      if (result.published) {
        log.info({ slug: result.slug }, `published ${result.slug} on schedule`);
        await revalidateApp(result.slug);
      }
    },
    [PURGE_SPIKED_TASK]: async () => {
      const purged = await purgeSpikedStories();
      if (purged) log.info(`purged ${purged} spiked stories`);
    },
    [PURGE_EMPTY_DRAFTS_TASK]: async () => {
      const purged = await purgeEmptyDrafts();
      if (purged) log.info(`removed ${purged} blank stories nobody wrote in`);
    },
    [EMAIL_TASK]: async (payload) => void (await sendNotificationEmail(payload)),
    [PLANNING_DEADLINES_TASK]: async () => {
      const { coverage, schedules } = await checkDeadlines();
      if (coverage.coverage) log.info(`warned about ${coverage.coverage} coverages due or late`);
      if (schedules.stories) log.info(`warned about ${schedules.stories} missed schedules`);
    },
    [PROCESS_IMAGE_TASK]: async (payload, helpers) => {
      const result = await processImage({ assetId: (payload as { assetId: string }).assetId, lastAttempt: helpers.job.attempts >= helpers.job.max_attempts });
      log.info({ assetId: (payload as { assetId: string }).assetId }, `made ${result.made} renditions of ${(payload as { assetId: string }).assetId}`);
    },
    [FETCH_WIRE_IMAGES_TASK]: async (payload) => {
      const result = await fetchWireImages(payload);
      for (const failure of result.failed) log.warn(`wire image not fetched: ${failure}`);
    },
    [IMAGE_RIGHTS_TASK]: async (payload) => {
      // Readers' pages may show the image until their caches let go: every instance and the cache in front drop them now.
      await announcePublicChange(null, 'job-runner');
      await purgeKeys(await keysForPublicChange(null));
      log.info(`usage rights of image ${(payload as { assetId: string }).assetId} ran out: public pages refreshed`);
    },
    [EMBARGO_TASK]: async (payload) => {
      const { slug } = await liftEmbargo(payload);
      log.info({ slug }, `embargo lifted on ${slug}`);
      await purgeKeys(await keysForPublicChange(slug)); // liftEmbargo told the instances
    },
  }),
});
// Webhook deliveries on a runner of their own (a runner takes only the tasks it knows):
// they wait on partners' servers, up to 10 s each, so many run at once, and however
// slow a partner is, the runner above still publishes on time.
const webhookRunner = await run({
  pgPool,
  concurrency: 10,
  pollInterval: 1000,
  logger: jobQueueLogger(),
  taskList: observedTasks({
    [DELIVER_WEBHOOK_TASK]: async (payload, helpers) => {
      await deliverWebhook({
        deliveryId: (payload as { deliveryId: string }).deliveryId,
        attempt: helpers.job.attempts,
        maxAttempts: helpers.job.max_attempts,
      });
    },
  }),
});
log.info('worker ready');
await Promise.all([runner.promise, webhookRunner.promise]);
await heartbeat.stop();
await ops.stop();
await pgPool.end().catch(() => {});
await prisma.$disconnect();

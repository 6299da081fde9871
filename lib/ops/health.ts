import { assetStorage } from '@/lib/assets/storage';
import { collabServer } from '@/lib/http/collab-registry';
import { opsPool } from '@/lib/telemetry/db-pools';
import { HEARTBEAT_STALE_MS, JOB_RUNNER } from './heartbeat-policy';

/** The parts /readyz checks, in the order it reports them. */
export const PARTS = ['database', 'jobRunner', 'storage', 'collaboration'] as const;
export type Part = (typeof PARTS)[number];
export const PART_LABELS: Record<Part, string> = {
  database: 'Database',
  jobRunner: 'Job runner',
  storage: 'Media storage',
  collaboration: 'Collaboration server',
};

export type CheckResult = { ok: boolean; ms: number; detail: string };
export type Readiness = { ok: boolean; checkedAt: Date; checks: Record<Part, CheckResult> };

const CHECK_TIMEOUT_MS = 1_500;
/** A load balancer may ask every second, from several places: answers are shared for this long. */
const FRESH_FOR_MS = 1_000;

async function timed(check: () => Promise<string>): Promise<CheckResult> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const detail = await Promise.race([
      check(),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${CHECK_TIMEOUT_MS} ms`)), CHECK_TIMEOUT_MS);
      }),
    ]);
    return { ok: true, ms: Math.round(performance.now() - started), detail };
  } catch (error) {
    return { ok: false, ms: Math.round(performance.now() - started), detail: (error as Error).message || String(error) };
  } finally {
    clearTimeout(timer);
  }
}

async function checkDatabase() {
  await opsPool().query('SELECT 1');
  return 'answers';
}

/** A job runner (any instance's: jobs are shared) wrote its heartbeat lately. */
async function checkJobRunner() {
  const { rows } = await opsPool().query<{ age: number | null; runners: number }>(
    `SELECT extract(epoch FROM (now() AT TIME ZONE 'UTC') - max("seenAt"))::float8 AS age, count(*)::int AS runners
     FROM "ProcessHeartbeat" WHERE kind = $1 AND "seenAt" > (now() AT TIME ZONE 'UTC') - interval '1 day'`,
    [JOB_RUNNER],
  );
  const age = rows[0]?.age;
  if (age === null || age === undefined) throw new Error('no job runner has reported');
  if (age * 1000 > HEARTBEAT_STALE_MS) throw new Error(`the last job runner reported ${Math.round(age)} s ago`);
  return `${rows[0]!.runners} running, last heard ${Math.max(0, Math.round(age))} s ago`;
}

async function checkStorage() {
  await assetStorage().check();
  return process.env.NEWSROOM_S3_BUCKET ? `S3 bucket ${process.env.NEWSROOM_S3_BUCKET}` : 'local disk';
}

async function checkCollaboration() {
  const collab = collabServer() as (ReturnType<typeof collabServer> & { ready?: Promise<void>; hocuspocus?: { getConnectionsCount(): number } }) | undefined;
  if (!collab) throw new Error('not started');
  // Its channel between instances is listening once `ready` settles.
  if (collab.ready) await collab.ready;
  return `${collab.hocuspocus?.getConnectionsCount() ?? 0} connections`;
}

const CHECKS: Record<Part, () => Promise<string>> = {
  database: checkDatabase,
  jobRunner: checkJobRunner,
  storage: checkStorage,
  collaboration: checkCollaboration,
};

type State = { last?: Readiness; running?: Promise<Readiness> };
const shared = globalThis as { __newsroomReadiness?: State };
const state = (shared.__newsroomReadiness ??= {});

/**
 * Whether this instance can serve: database, job runner, media storage and the
 * collaboration server, each checked with a time limit. Checked at most once a second
 * however many ask (concurrent callers share one check).
 */
export async function readiness(): Promise<Readiness> {
  if (state.last && Date.now() - state.last.checkedAt.getTime() < FRESH_FOR_MS) return state.last;
  state.running ??= (async () => {
    const results = await Promise.all(PARTS.map(async (part) => [part, await timed(CHECKS[part])] as const));
    const checks = Object.fromEntries(results) as Record<Part, CheckResult>;
    // Without the database the runner's heartbeat cannot be read: say so rather than blame the runner.
    if (!checks.database.ok && !checks.jobRunner.ok) checks.jobRunner = { ...checks.jobRunner, detail: 'unknown: the database does not answer' };
    const result: Readiness = { ok: results.every(([, check]) => check.ok), checkedAt: new Date(), checks };
    state.last = result;
    return result;
  })().finally(() => {
    state.running = undefined;
  });
  return state.running;
}

/** The last readiness result, without checking again (metrics and the desk's banner between checks). */
export const lastReadiness = (): Readiness | undefined => state.last;

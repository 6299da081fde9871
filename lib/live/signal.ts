import type { Tx } from '@/lib/db';

/**
 * Live changes readers must see without a reload (a live entry, the end of live
 * coverage, a breaking FLASH) are announced on this PostgreSQL channel inside the
 * change's transaction: NOTIFY is delivered on commit, to every app instance.
 */
export const LIVE_CHANNEL = 'newsroom_live';

export type LiveSignal =
  { kind: 'entry'; storyId: string; slug: string; entryId: string } | { kind: 'ended'; storyId: string; slug: string } | { kind: 'breaking' };

export async function signalLive(tx: Pick<Tx, '$executeRaw'>, signal: LiveSignal) {
  await tx.$executeRaw`SELECT pg_notify(${LIVE_CHANNEL}, ${JSON.stringify(signal)})`;
}

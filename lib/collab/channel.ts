import type { Tx } from '@/lib/db';

/** The PostgreSQL channel instances pass shared-document changes over. */
export const COLLAB_CHANNEL = 'newsroom_collab';

export type CollabSignal =
  | { origin: string; storyId: string; kind: 'doc' | 'awareness'; data?: string; id?: string }
  /** The story was written outside its shared document (a restore, a bulk change): bring it in. */
  | { origin: string; storyId: string; kind: 'outside-write'; version: number };

/** Tells every instance, when the transaction commits, that a story changed outside its shared document. */
export async function announceOutsideWrite(tx: Tx, storyId: string, version: number) {
  const signal: CollabSignal = { origin: 'app', storyId, kind: 'outside-write', version };
  await tx.$executeRaw`SELECT pg_notify(${COLLAB_CHANNEL}, ${JSON.stringify(signal)})`;
}

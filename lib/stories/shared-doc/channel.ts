import type { Tx } from '@/lib/db';

/** The PostgreSQL channel instances pass shared-document changes over. */
export const COLLAB_CHANNEL = 'newsroom_collab';
/** NOTIFY carries at most 8,000 bytes: larger updates go through a table, named by id. */
export const INLINE_UPDATE_BYTES = 6_000;

/**
 * A change to a story's shared document for every instance that has it open: an update
 * (inline, base64, or by the id of its CollabUpdate row) or presence. `origin` is the
 * instance that made it (it does not apply its own), or 'app' for a write made by a
 * request (a restore, a bulk change) that every instance applies.
 */
export type CollabSignal = { origin: string; storyId: string; kind: 'doc' | 'awareness'; data?: string; id?: string };

/** Sends an update to every instance when the transaction commits. */
export async function announceUpdate(tx: Tx, signal: Omit<CollabSignal, 'data' | 'id'>, bytes: Uint8Array) {
  const payload: CollabSignal = { ...signal };
  if (bytes.byteLength <= INLINE_UPDATE_BYTES) payload.data = Buffer.from(bytes).toString('base64');
  else
    payload.id = String(
      (await tx.collabUpdate.create({ data: { storyId: signal.storyId, update: Buffer.from(bytes), origin: signal.origin }, select: { id: true } })).id,
    );
  await tx.$executeRaw`SELECT pg_notify(${COLLAB_CHANNEL}, ${JSON.stringify(payload)})`;
}

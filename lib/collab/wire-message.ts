import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** Hocuspocus' message types (the first number after the document name). */
export const MESSAGE = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, stateless: 5, close: 7 } as const;
/** y-protocols' sync message types. */
const SYNC = { step1: 0, step2: 1, update: 2 } as const;

/** What a message from a client carries, as far as the door needs to know. */
export type ClientFrame = { documentName: string } & (
  { kind: 'update'; update: Uint8Array } | { kind: 'awareness'; update: Uint8Array } | { kind: 'stateless' } | { kind: 'other' }
);

/** Reads a client's binary message: a document update (sync step 2 or an update), an awareness update, or something else. Throws on a malformed one. */
export function readClientFrame(data: Uint8Array): ClientFrame {
  const decoder = decoding.createDecoder(data);
  const documentName = decoding.readVarString(decoder);
  const type = decoding.readVarUint(decoder);
  if (type === MESSAGE.sync) {
    const sync = decoding.readVarUint(decoder);
    if (sync === SYNC.step2 || sync === SYNC.update) return { documentName, kind: 'update', update: decoding.readVarUint8Array(decoder) };
    return { documentName, kind: 'other' };
  }
  if (type === MESSAGE.awareness) return { documentName, kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
  if (type === MESSAGE.stateless) return { documentName, kind: 'stateless' };
  return { documentName, kind: 'other' };
}

/** One entry of an awareness update: a client's id, its clock, and its state (null when it left). */
export type AwarenessEntry = { clientId: number; clock: number; state: string };

/** The entries of an awareness update (its wire format: count, then id, clock and JSON state each). */
export function readAwarenessEntries(update: Uint8Array, maxEntries = 16): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > maxEntries) throw new Error('too many presence entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({ clientId: decoding.readVarUint(decoder), clock: decoding.readVarUint(decoder), state: decoding.readVarString(decoder) });
  }
  return entries;
}

/** An awareness update made of these entries (the wire format read above). */
export function writeAwarenessEntries(entries: AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

/** A message to one document's connection: an awareness update, or a stateless payload (Hocuspocus' framing). */
export function frameFor(documentName: string, message: { awareness: Uint8Array } | { stateless: string }): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, documentName);
  if ('awareness' in message) {
    encoding.writeVarUint(encoder, MESSAGE.awareness);
    encoding.writeVarUint8Array(encoder, message.awareness);
  } else {
    encoding.writeVarUint(encoder, MESSAGE.stateless);
    encoding.writeVarString(encoder, message.stateless);
  }
  return encoding.toUint8Array(encoder);
}

import type { MessagePort } from 'node:worker_threads';
import { WireError } from './errors';
import { parseWireDocument } from './parse';
import type { ParsedDocument } from './types';

export type ParseDocumentInput = { bytes: Uint8Array; contentType: string };
/**
 * One or more documents for one worker turn; `started` is told when the worker takes
 * them up, so the time limit counts reading, not waiting in the queue.
 */
export type ParseTaskInput = { documents: ParseDocumentInput[]; started?: MessagePort };
export type ParseResult = { ok: true; document: ParsedDocument } | { ok: false; message: string; status: WireError['status'] };

/** Documents parsed, as a worker thread answers them: a refusal is data (errors lose their class between threads). */
export function parseTask({ documents, started }: ParseTaskInput): ParseResult[] {
  started?.postMessage('started');
  started?.close();
  return documents.map(({ bytes, contentType }) => {
    try {
      return { ok: true, document: parseWireDocument(bytes, contentType) };
    } catch (error) {
      if (error instanceof WireError) return { ok: false, message: error.message, status: error.status };
      throw error;
    }
  });
}

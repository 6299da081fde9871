import { WireError } from './errors';
import { parseWireDocument } from './parse';
import type { ParsedDocument } from './types';

export type ParseTaskInput = { bytes: Uint8Array; contentType: string };
export type ParseTaskResult = { ok: true; document: ParsedDocument } | { ok: false; message: string; status: WireError['status'] };

/** One document parsed, as a worker thread answers it: a refusal is data (errors lose their class between threads). */
export function parseTask({ bytes, contentType }: ParseTaskInput): ParseTaskResult {
  try {
    return { ok: true, document: parseWireDocument(bytes, contentType) };
  } catch (error) {
    if (error instanceof WireError) return { ok: false, message: error.message, status: error.status };
    throw error;
  }
}

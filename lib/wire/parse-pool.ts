import path from 'node:path';
import { Piscina } from 'piscina';
import { env } from '@/lib/env';
import { WireError } from './errors';
import type { ParseTaskInput, ParseTaskResult } from './parse-task';
import type { ParsedDocument } from './types';

/** A document that takes longer than this to parse is refused (the worker is stopped). */
export const PARSE_TIMEOUT_MS = 5_000;

type Pool = Piscina<ParseTaskInput, ParseTaskResult>;
// One pool per process, kept on globalThis: Next.js bundles instrumentation and each
// route apart, and they must share the threads the server warmed at start.
const shared = globalThis as { __newsroomParsePool?: Pool };
let keepWarm = false;

function parsePool(): Pool {
  shared.__newsroomParsePool ??= new Piscina({
    filename: path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'wire', 'parse-worker.mjs'),
    minThreads: keepWarm ? 1 : 0,
    maxThreads: env().NEWSROOM_PARSE_THREADS,
    idleTimeout: 60_000,
    maxQueue: 64,
  });
  return shared.__newsroomParsePool;
}

/**
 * Parses a wire document on a worker thread, so a slow or hostile document never
 * holds the thread that answers readers and editors. Refusals arrive as WireErrors,
 * exactly as from `parseWireDocument`; a document still parsing after
 * PARSE_TIMEOUT_MS is refused and its worker stopped.
 */
export async function parseWireDocumentOffThread(bytes: Uint8Array, contentType = ''): Promise<ParsedDocument> {
  let result: ParseTaskResult;
  try {
    result = await parsePool().run({ bytes, contentType }, { signal: AbortSignal.timeout(PARSE_TIMEOUT_MS) });
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'AbortError' || name === 'TimeoutError') throw new WireError(`The document took longer than ${PARSE_TIMEOUT_MS / 1000} s to read and was refused.`);
    if (/queue is at limit/i.test((error as Error).message)) throw new WireError('Too many documents are being read at once; send this one again shortly.', 503);
    throw error;
  }
  if (!result.ok) throw new WireError(result.message, result.status);
  return result.document;
}

/** Servers start one worker thread at once and keep it, so the first document is not slowed by its start (about a second). */
export function warmParsePool() {
  keepWarm = true;
  parsePool();
}

/** Stops the worker threads (scripts and tests that want to exit promptly). */
export async function closeParsePool() {
  await shared.__newsroomParsePool?.destroy();
  shared.__newsroomParsePool = undefined;
}

import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { env } from '@/lib/env';
import { WireError } from './errors';
import type { ParseDocumentInput, ParseResult, ParseTaskInput } from './parse-task';
import type { ParsedDocument } from './types';

/** However long the queue, a document waits no longer than this for a thread. */
const WAIT_LIMIT_MS = 60_000;

type Pool = Piscina<ParseTaskInput, ParseResult[]>;
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
 * Runs one worker turn. The time limit starts when a worker takes the documents up (it
 * says so on a channel), so documents that waited behind others, or for a thread to
 * start, are not refused for their time; past the limit the worker is stopped.
 */
async function runTurn(documents: ParseDocumentInput[], limit: number): Promise<ParseResult[]> {
  const { port1: started, port2: startedPort } = new MessageChannel();
  const controller = new AbortController();
  let timedOut = false;
  const expire = () => {
    timedOut = true;
    controller.abort();
  };
  let timer = setTimeout(expire, WAIT_LIMIT_MS);
  started.once('message', () => {
    clearTimeout(timer);
    timer = setTimeout(expire, limit);
  });
  try {
    return await parsePool().run({ documents, started: startedPort }, { signal: controller.signal, transferList: [startedPort] });
  } catch (error) {
    const name = (error as Error).name;
    if (timedOut || name === 'AbortError' || name === 'TimeoutError')
      throw new WireError(`The document took longer than ${limit / 1000} s to read and was refused.`);
    if (/queue is at limit/i.test((error as Error).message))
      throw new WireError('Too many documents are being read at once; send this one again shortly.', 503);
    throw error;
  } finally {
    clearTimeout(timer);
    started.close();
  }
}

const settle = (result: ParseResult): ParsedDocument | WireError => (result.ok ? result.document : new WireError(result.message, result.status));

/**
 * Parses a wire document on a worker thread, so a slow or hostile document never
 * holds the thread that answers readers and editors. Refusals arrive as WireErrors,
 * exactly as from `parseWireDocument`; a document still being read
 * NEWSROOM_PARSE_TIMEOUT_MS (5 s) after a worker took it up is refused.
 */
export async function parseWireDocumentOffThread(bytes: Uint8Array, contentType = ''): Promise<ParsedDocument> {
  const [result] = await runTurn([{ bytes, contentType }], env().NEWSROOM_PARSE_TIMEOUT_MS);
  const settled = settle(result!);
  if (settled instanceof WireError) throw settled;
  return settled;
}

/** Documents that share one worker turn: a handful of ordinary ones, so the turn's fixed cost is shared. */
const TURN_DOCUMENTS = 16;
const TURN_BYTES = 256 * 1024;

/**
 * Many documents (ingest batches): small ones go to the workers a handful per turn.
 * Each document gets either its parse or its refusal. If a shared turn runs out of
 * time, its documents are read again one per turn, so only a document that is slow on
 * its own is refused.
 */
export async function parseWireDocumentsOffThread(documents: ParseDocumentInput[]): Promise<(ParsedDocument | WireError)[]> {
  const limit = env().NEWSROOM_PARSE_TIMEOUT_MS;
  const turns: number[][] = [];
  let turn: number[] = [];
  let bytes = 0;
  documents.forEach((document, i) => {
    if (turn.length && (turn.length >= TURN_DOCUMENTS || bytes + document.bytes.length > TURN_BYTES)) {
      turns.push(turn);
      turn = [];
      bytes = 0;
    }
    turn.push(i);
    bytes += document.bytes.length;
  });
  if (turn.length) turns.push(turn);

  const results = new Array<ParsedDocument | WireError>(documents.length);
  const alone = async (i: number) => {
    try {
      results[i] = await parseWireDocumentOffThread(documents[i]!.bytes, documents[i]!.contentType);
    } catch (error) {
      if (!(error instanceof WireError)) throw error;
      results[i] = error;
    }
  };
  let next = 0;
  const runNext = async (): Promise<void> => {
    const members = turns[next++];
    if (!members) return;
    if (members.length === 1) await alone(members[0]!);
    else {
      try {
        const answers = await runTurn(
          members.map((i) => documents[i]!),
          limit,
        );
        members.forEach((i, n) => {
          results[i] = settle(answers[n]!);
        });
      } catch (error) {
        if (!(error instanceof WireError)) throw error;
        for (const i of members) await alone(i);
      }
    }
    return runNext();
  };
  // A few turns in flight per thread keep the workers busy without filling the pool's queue.
  await Promise.all(Array.from({ length: Math.min(turns.length, env().NEWSROOM_PARSE_THREADS * 3) }, runNext));
  return results;
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

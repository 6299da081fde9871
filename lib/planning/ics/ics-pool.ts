import path from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import { Piscina } from 'piscina';
import { AppError } from '@/lib/errors';
import type { IcsResult } from './parse-ics';
import type { IcsTaskInput } from './ics-task';

/** How long a worker may read one file once it has taken it up (a 5 MB file takes well under a second on an idle core). */
export const ICS_TIME_LIMIT_MS = 10_000;
const WAIT_LIMIT_MS = 30_000;

type Pool = Piscina<IcsTaskInput, IcsResult>;
const shared = globalThis as { __newsroomIcsPool?: Pool };

// One thread, started on demand: imports are rare. Its heap is capped, so a file built to
// exhaust memory ends the worker, not the server.
function icsPool(): Pool {
  shared.__newsroomIcsPool ??= new Piscina({
    filename: path.join(/* turbopackIgnore: true */ process.cwd(), 'lib', 'planning', 'ics', 'ics-worker.mjs'),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 30_000,
    maxQueue: 4,
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  });
  return shared.__newsroomIcsPool;
}

/**
 * Parses an iCalendar file on a worker thread, never on the thread answering requests:
 * a file still being read 10 s after the worker took it up is refused, and the worker is
 * stopped. Every refusal is an AppError with a message for the person importing.
 */
export async function parseIcsOffThread(bytes: Uint8Array, options: { now: Date; defaultTimeZone: string }): Promise<Extract<IcsResult, { ok: true }>> {
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
    timer = setTimeout(expire, ICS_TIME_LIMIT_MS);
  });
  try {
    const result = await icsPool().run(
      { bytes, now: options.now.toISOString(), defaultTimeZone: options.defaultTimeZone, started: startedPort },
      { signal: controller.signal, transferList: [startedPort] },
    );
    if (!result.ok) throw new AppError('INVALID_INPUT', result.message, { file: [result.message] });
    return result;
  } catch (error) {
    if (error instanceof AppError) throw error;
    const { name, message } = error as Error;
    if (timedOut || name === 'AbortError')
      throw new AppError('INVALID_INPUT', `The calendar took longer than ${ICS_TIME_LIMIT_MS / 1000} s to read and was refused.`, {
        file: ['It took too long to read.'],
      });
    if (/queue is at limit/i.test(message)) throw new AppError('CONFLICT', 'Other calendars are being imported right now; try again in a moment.');
    if (/ERR_WORKER_OUT_OF_MEMORY|out of memory|terminated/i.test(`${(error as { code?: string }).code ?? ''} ${message}`)) {
      throw new AppError('INVALID_INPUT', 'The calendar needed too much memory to read and was refused.', { file: ['It is too large to read.'] });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    started.close();
  }
}

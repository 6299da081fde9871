import type { MessagePort } from 'node:worker_threads';
import { parseIcs, type IcsResult } from './parse-ics';

export type IcsTaskInput = { bytes: Uint8Array; now: string; defaultTimeZone: string; started?: MessagePort };

/** A worker thread's turn: say it has started (the time limit counts from here), decode, parse. */
export function icsTask(input: IcsTaskInput): IcsResult {
  input.started?.postMessage('started');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(input.bytes);
  } catch {
    return { ok: false, message: 'That is not an iCalendar file: it is not UTF-8 text.' };
  }
  if (text.includes('\u0000')) return { ok: false, message: 'That is not an iCalendar file: it holds binary data.' };
  return parseIcs(text, { now: new Date(input.now), defaultTimeZone: input.defaultTimeZone });
}

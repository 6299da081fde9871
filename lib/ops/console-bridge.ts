import { format } from 'node:util';
import { logger } from '@/lib/telemetry/logger';

const PREFIX = /^\[([\w.-]{1,40})\]\s*/;
// Terminal colours (Next.js prints some) mean nothing in a JSON log.
const ANSI = /\u001b\[[0-9;]*m/g;
const NODE_WARNING = /^\(node:\d+\) \w*Warning:/;
type Method = 'log' | 'info' | 'warn' | 'error' | 'debug';
const LEVEL: Record<Method, 'info' | 'warn' | 'error' | 'debug'> = { log: 'info', info: 'info', warn: 'warn', error: 'error', debug: 'debug' };

/**
 * Carries what the rest of the code (and Next.js, and libraries) writes with console.*
 * into the JSON log, so every line of the process is structured and scrubbed: a leading
 * `[module]` becomes the `module` field, an Error becomes `err` with its stack.
 */
export function bridgeConsole() {
  const shared = globalThis as { __newsroomConsoleBridged?: boolean };
  if (shared.__newsroomConsoleBridged) return;
  shared.__newsroomConsoleBridged = true;
  for (const method of Object.keys(LEVEL) as Method[]) {
    console[method] = (...args: unknown[]) => {
      const error = args.find((arg): arg is Error => arg instanceof Error);
      const rest = error ? args.filter((arg) => arg !== error) : args;
      let message = (rest.length ? format(...rest) : (error?.message ?? '')).replace(ANSI, '');
      const prefix = PREFIX.exec(message);
      if (prefix) message = message.slice(prefix[0].length);
      const fields = { ...(prefix ? { module: prefix[1] } : {}), ...(error ? { err: error } : {}) };
      // Node's own warnings (deprecations and the like) are warnings, whichever stream they use.
      const level = NODE_WARNING.test(message) ? 'warn' : LEVEL[method];
      logger()[level](fields, message.trimEnd());
    };
  }
}

import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { isSpanContextValid, trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Level, type Logger, type StreamEntry } from 'pino';
import { currentRequest } from './request-context';
import { scrubSecrets } from './scrub';

/**
 * The newsroom's structured log: one JSON object per line (pino), on stdout and, with
 * NEWSROOM_LOG_FILE, appended to that file too. Each line carries the process
 * (`server`, `worker`, `start`, `cli`), and inside a request its id, the signed-in
 * person's id and the trace's ids. Cookies, passwords and tokens never go in: the
 * newsroom logs none, and free text from elsewhere is scrubbed (`scrub.ts`).
 */
export type ProcessName = 'server' | 'worker' | 'start' | 'cli' | 'app';

const LEVELS = new Set(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);
const shared = globalThis as { __newsroomLogger?: Logger };

function levelFromEnv(): Level | 'silent' {
  const wanted = process.env.NEWSROOM_LOG_LEVEL?.toLowerCase();
  if (wanted && LEVELS.has(wanted)) return wanted as Level;
  return process.env.VITEST ? 'silent' : 'info';
}

function context() {
  const request = currentRequest();
  const span = trace.getActiveSpan()?.spanContext();
  return {
    ...(request ? { requestId: request.requestId, ...(request.userId ? { userId: request.userId } : {}) } : {}),
    ...(span && isSpanContextValid(span) ? { traceId: span.traceId, spanId: span.spanId } : {}),
  };
}

const scrubError = (error: Error) => {
  const serialized = pino.stdSerializers.err(error);
  serialized.message = scrubSecrets(serialized.message);
  if (serialized.stack) serialized.stack = scrubSecrets(serialized.stack);
  return serialized;
};

/**
 * Creates this process's logger (once; later calls return it). `extraStreams` receive
 * the lines too, e.g. the error recorder that keeps the newest errors for the System page.
 */
export function startLogger(name: ProcessName, options: { extraStreams?: StreamEntry[]; destination?: DestinationStream } = {}): Logger {
  if (shared.__newsroomLogger) return shared.__newsroomLogger;
  const level = levelFromEnv();
  const streamLevel = (level === 'silent' ? 'fatal' : level) as Level;
  // Buffered, written when the file or pipe takes them (flushed at exit): a slow reader of
  // stdout never holds up the event loop that serves readers.
  const streams: StreamEntry[] = [{ level: streamLevel, stream: options.destination ?? pino.destination({ dest: 1, sync: false }) }];
  const file = process.env.NEWSROOM_LOG_FILE;
  if (file) {
    // Opened here (not in the background), so a process that exits at once still has its lines written.
    mkdirSync(path.dirname(path.resolve(/* turbopackIgnore: true */ file)), { recursive: true });
    streams.push({ level: streamLevel, stream: pino.destination({ fd: openSync(file, 'a'), sync: false }) });
  }
  streams.push(...(options.extraStreams ?? []));
  shared.__newsroomLogger = pino(
    {
      level,
      base: { process: name, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      messageKey: 'msg',
      errorKey: 'err',
      serializers: { err: scrubError, error: scrubError },
      redact: {
        paths: [
          'password',
          '*.password',
          'cookie',
          '*.cookie',
          'headers.cookie',
          'headers.authorization',
          '*.headers.cookie',
          '*.headers.authorization',
          'authorization',
          '*.authorization',
          'secret',
          '*.secret',
          'token',
          '*.token',
        ],
        censor: '[redacted]',
      },
      // Free text is scrubbed of anything that looks like a secret before it is written.
      hooks: {
        logMethod(args, method) {
          for (let i = 0; i < args.length; i++) if (typeof args[i] === 'string') args[i] = scrubSecrets(args[i] as string);
          method.apply(this, args as Parameters<typeof method>);
        },
      },
      mixin: context,
    },
    pino.multistream(streams, { dedupe: false }),
  );
  return shared.__newsroomLogger;
}

/** The process's logger (made with defaults if the entry point did not start one). */
export function logger(): Logger {
  return shared.__newsroomLogger ?? startLogger((process.env.NEWSROOM_PROCESS as ProcessName | undefined) ?? 'app');
}

/** A logger whose lines name the part of the newsroom they come from (`module`). */
export function moduleLogger(module: string): Logger {
  return logger().child({ module });
}

import type { z } from 'zod';
import { SpanStatusCode } from '@opentelemetry/api';
import { AppError, fieldErrorsOf, isAppError, type AppErrorCode, type FieldErrors } from '@/lib/errors';
import { assertCan, type Action, type Viewer } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { metrics } from '@/lib/telemetry/metrics';
import { tracer } from '@/lib/telemetry/tracing';

export type ActionResult<T = undefined> =
  { ok: true; data: T; message?: string } | { ok: false; code: AppErrorCode; message: string; fieldErrors: FieldErrors; details?: unknown };

/** Turns form data into a plain object; repeated keys become arrays. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith('$ACTION')) continue;
    const values = formData.getAll(key);
    out[key] = values.length > 1 ? values : values[0];
  }
  return out;
}

const isRedirect = (error: unknown) =>
  typeof (error as { digest?: unknown })?.digest === 'string' && /^NEXT_(?:REDIRECT|NOT_FOUND|HTTP_ERROR)/.test((error as { digest: string }).digest);

/**
 * Every Server Action goes through here: session → zod → permission → run → typed
 * result. Domain errors become `{ ok: false }` with a message for the person; anything
 * unexpected is rethrown to the error boundary (and Next's redirects pass through).
 * Each call is a span (`action <name>`, the permission unless `name` is given) and is
 * timed into /metrics by outcome.
 */
export function defineAction<S extends z.ZodType, T>(options: {
  permission: Action;
  schema: S;
  run: (input: z.output<S>, viewer: Viewer) => Promise<T>;
  success?: string;
  /** What the action is called in traces and metrics (default: its permission). */
  name?: string;
}) {
  const name = options.name ?? options.permission;
  return async (raw: unknown): Promise<ActionResult<T>> =>
    tracer().startActiveSpan(`action ${name}`, { attributes: { 'newsroom.action': name } }, async (span): Promise<ActionResult<T>> => {
      const started = performance.now();
      let outcome: 'ok' | 'refused' | 'error' = 'error';
      try {
        const viewer = await getViewer();
        if (viewer) span.setAttribute('enduser.id', viewer.id);
        assertCan(viewer, options.permission);
        const input = raw instanceof FormData ? formDataToObject(raw) : raw;
        const parsed = options.schema.safeParse(input);
        if (!parsed.success) {
          throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
        }
        const data = await options.run(parsed.data, viewer);
        outcome = 'ok';
        return { ok: true, data, message: options.success };
      } catch (error) {
        if (isAppError(error)) {
          outcome = 'refused';
          span.setAttribute('newsroom.action.refused', error.code);
          return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details };
        }
        if (isRedirect(error)) outcome = 'ok';
        else {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error).message });
        }
        throw error;
      } finally {
        metrics().actions.observe({ action: name, outcome }, (performance.now() - started) / 1000);
        span.end();
      }
    });
}

import type { z } from 'zod';
import { AppError, fieldErrorsOf, isAppError, type AppErrorCode, type FieldErrors } from '@/lib/errors';
import { assertCan, type Action, type Viewer } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';

export type ActionResult<T = undefined> =
  | { ok: true; data: T; message?: string }
  | { ok: false; code: AppErrorCode; message: string; fieldErrors: FieldErrors; details?: unknown };

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

/**
 * Every Server Action goes through here: session → zod → permission → run → typed
 * result. Domain errors become `{ ok: false }` with a message for the person; anything
 * unexpected is rethrown to the error boundary (and Next's redirects pass through).
 */
export function defineAction<S extends z.ZodType, T>(options: {
  permission: Action;
  schema: S;
  run: (input: z.output<S>, viewer: Viewer) => Promise<T>;
  success?: string;
}) {
  return async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      const viewer = await getViewer();
      assertCan(viewer, options.permission);
      const input = raw instanceof FormData ? formDataToObject(raw) : raw;
      const parsed = options.schema.safeParse(input);
      if (!parsed.success) {
        throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
      }
      const data = await options.run(parsed.data, viewer);
      return { ok: true, data, message: options.success };
    } catch (error) {
      if (isAppError(error)) {
        return { ok: false, code: error.code, message: error.message, fieldErrors: error.fieldErrors, details: error.details };
      }
      throw error;
    }
  };
}

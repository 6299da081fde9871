import type { z } from 'zod';

/** Error codes the domain raises; each maps to a message a person can act on. */
export type AppErrorCode =
  | 'UNAUTHENTICATED' // no session
  | 'FORBIDDEN' // the role may not do this
  | 'NOT_FOUND' // missing, or not visible to this viewer
  | 'INVALID_INPUT' // validation failed; fieldErrors say where
  | 'CONFLICT' // a stale version or a duplicate
  | 'INVALID_TRANSITION' // the workflow does not allow this move now
  | 'THROTTLED'; // too many attempts

export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors: FieldErrors = {},
    /** Structured data for the client, e.g. the other version in a save conflict. */
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

/** Field errors keyed by the path of the field they concern ('_' for the whole input). */
export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_';
    (out[key] ??= []).push(issue.message);
  }
  return out;
}

/** Parses input at a domain boundary: a failure is an AppError with field errors, never a raw ZodError. */
export function parseInput<S extends z.ZodType>(schema: S, raw: unknown): z.output<S> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('INVALID_INPUT', 'Please correct the highlighted fields.', fieldErrorsOf(parsed.error));
  return parsed.data;
}

import type { IncomingHttpHeaders } from 'node:http';

export type GuardVerdict = { status: 400 | 403; message: string } | null;

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

function decodes(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * What the front server refuses before the framework sees a request: an address that
 * does not decode or carries control characters (a NUL reaches PostgreSQL as an error,
 * never as text), and a Server Action posted from another origin (cross-site request).
 */
export function guardRequest(method: string | undefined, url: string | undefined, headers: IncomingHttpHeaders, host: string | undefined): GuardVerdict {
  const target = url ?? '/';
  const decoded = decodes(target);
  if (decoded === null) return { status: 400, message: 'Bad request: the address has a malformed %-escape.' };
  if (CONTROL.test(decoded)) return { status: 400, message: 'Bad request: the address contains a control character.' };
  if (method === 'POST' && headers['next-action']) {
    const origin = headers.origin;
    if (origin && origin !== 'null') {
      let originHost: string;
      try {
        originHost = new URL(origin).host;
      } catch {
        return { status: 403, message: 'Forbidden: this form was sent from another site.' };
      }
      if (originHost !== host) return { status: 403, message: 'Forbidden: this form was sent from another site.' };
    } else if (origin === 'null') return { status: 403, message: 'Forbidden: this form was sent from another site.' };
  }
  return null;
}

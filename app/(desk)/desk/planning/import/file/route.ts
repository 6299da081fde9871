import { NextResponse } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { isAppError } from '@/lib/errors';
import { readLimited } from '@/lib/http/read-limited';
import { ICS_LIMITS } from '@/lib/planning/ics/parse-ics';
import { importCalendar } from '@/lib/planning/import-events';

const tooLarge = `Calendars can be at most ${ICS_LIMITS.bytes / 1024 / 1024} MB.`;
/** Refusals come before the body is read: the server then closes the connection gently (scripts/lib/lingering-close.ts). */
const answer = (status: number, body: object) => NextResponse.json(body, { status, headers: { 'Cache-Control': 'no-store' } });

/**
 * "Import iCalendar": the file as the request body. Who asks, where from and the declared
 * size are checked before a byte is read; the body is read with the limit enforced as it
 * arrives; the parse runs on a worker thread with a time limit. Every refusal is a JSON
 * message the form shows, never a 500.
 */
export async function POST(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return answer(401, { ok: false, message: 'Sign in to import calendars.' });
  if (!can(viewer, 'planning.plan')) return answer(403, { ok: false, message: 'Your role does not allow importing calendars.' });
  const origin = request.headers.get('origin');
  if (origin && origin !== new URL(request.url).origin && origin !== `${request.headers.get('x-forwarded-proto') ?? 'http'}://${request.headers.get('host')}`) {
    return answer(403, { ok: false, message: 'Imports come from the desk itself.' });
  }
  if (Number(request.headers.get('content-length') ?? 0) > ICS_LIMITS.bytes) return answer(413, { ok: false, message: tooLarge });
  const body = await readLimited(request.body, ICS_LIMITS.bytes);
  if (!body) return answer(413, { ok: false, message: tooLarge });
  if (!body.byteLength) return answer(400, { ok: false, message: 'Choose an .ics file.' });
  let fileName = 'calendar.ics';
  try {
    fileName = decodeURIComponent(request.headers.get('x-file-name') ?? fileName).replace(/[\u0000-\u001f\u007f]/g, ' ');
  } catch {
    /* keep the default */
  }
  try {
    const summary = await importCalendar(viewer, body, fileName);
    const message = `Imported ${fileName}: ${summary.created} events added, ${summary.updated} updated.`;
    return answer(200, { ok: true, message, notes: summary.notes, data: summary });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return answer(error.code === 'FORBIDDEN' ? 403 : error.code === 'CONFLICT' ? 503 : 400, { ok: false, message: error.message });
  }
}

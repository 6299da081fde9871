import { NextResponse } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { isAppError } from '@/lib/errors';
import { readLimited } from '@/lib/http/read-limited';
import { mediaPath } from '@/lib/assets/queries';
import { maxUploadBytes, uploadImage } from '@/lib/assets/mutations';

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;
const tooLarge = () => `Images can be at most ${Math.round(maxUploadBytes() / 1024 / 1024)} MB.`;

/** An answer given without reading the body: the connection closes, so the client stops sending. */
const refuse = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status, headers: { Connection: 'close', 'Cache-Control': 'no-store' } });

/**
 * Image upload from the editor: multipart form with one `file`. Who is asking and the
 * declared size are checked before a byte of the body is read; the body is then read
 * with the limit enforced as it streams, so no request can make the server hold more.
 */
export async function POST(request: Request) {
  const viewer = await getViewer();
  if (!viewer) return refuse(401, 'Sign in to upload images.');
  if (!can(viewer, 'asset.upload')) return refuse(403, 'Your role does not allow uploading images.');
  if (Number(request.headers.get('content-length') ?? 0) > maxUploadBytes() + ENVELOPE_BYTES) return refuse(413, tooLarge());
  const body = await readLimited(request.body, maxUploadBytes() + ENVELOPE_BYTES);
  if (!body) return refuse(413, tooLarge());
  const form = await new Response(Buffer.from(body), { headers: { 'content-type': request.headers.get('content-type') ?? '' } }).formData().catch(() => null);
  const file = form?.get('file');
  if (!(file instanceof File)) return NextResponse.json({ ok: false, message: 'Choose an image file.' }, { status: 400 });
  try {
    const asset = await uploadImage(viewer, new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json({ ok: true, data: { ...asset, src: mediaPath(asset.id) } }, { status: 201 });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return NextResponse.json({ ok: false, message: error.message }, { status: error.code === 'FORBIDDEN' ? 403 : 400 });
  }
}

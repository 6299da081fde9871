import { NextResponse } from 'next/server';
import { can } from '@/lib/auth/permissions';
import { getViewer } from '@/lib/auth/viewer';
import { isAppError } from '@/lib/errors';
import { readLimited } from '@/lib/http/read-limited';
import { mediaPath } from '@/lib/assets/queries';
import { maxUploadBytes, uploadImage } from '@/lib/assets/mutations';
import { listLibrary, ZLibraryFilter } from '@/lib/assets/library';

/** Room for the multipart envelope around the file. */
const ENVELOPE_BYTES = 64 * 1024;
const tooLarge = () => `Images can be at most ${Math.round(maxUploadBytes() / 1024 / 1024)} MB.`;

/** An answer given without reading the body: the server then closes the connection gently (scripts/lib/lingering-close.ts). */
const refuse = (status: number, message: string) => NextResponse.json({ ok: false, message }, { status, headers: { 'Cache-Control': 'no-store' } });

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
    const field = (name: string) => {
      const value = form?.get(name);
      return typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f]/g, ' ').slice(0, 2000) : undefined;
    };
    const asset = await uploadImage(viewer, new Uint8Array(await file.arrayBuffer()), file.name, {
      altText: field('alt'),
      caption: field('caption'),
      credit: field('credit'),
    });
    return NextResponse.json({ ok: true, data: { ...asset, src: mediaPath(asset.id) } }, { status: 201 });
  } catch (error) {
    if (!isAppError(error)) throw error;
    return NextResponse.json({ ok: false, message: error.message }, { status: error.code === 'FORBIDDEN' ? 403 : 400 });
  }
}

/** The media library for the editor's dialogs (desk only): `?q=` searches caption, credit, keywords, alt text and uploader. */
export async function GET(request: Request) {
  const viewer = await getViewer();
  if (!viewer || !can(viewer, 'desk.view'))
    return NextResponse.json({ ok: false, message: 'Sign in to use the library.' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const parsed = ZLibraryFilter.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return NextResponse.json({ ok: false, message: 'That search could not be read.' }, { status: 400 });
  const { items } = await listLibrary(viewer, parsed.data);
  return NextResponse.json(
    {
      ok: true,
      data: items.map((item) => ({
        id: item.id,
        src: item.src,
        caption: item.caption,
        credit: item.credit,
        altText: item.altText,
        width: item.width,
        height: item.height,
        status: item.status,
      })),
    },
    { headers: { 'Cache-Control': 'private, no-store' } },
  );
}

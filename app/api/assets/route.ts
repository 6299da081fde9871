import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/viewer';
import { isAppError } from '@/lib/errors';
import { mediaPath } from '@/lib/assets/queries';
import { MAX_UPLOAD_BYTES, uploadImage } from '@/lib/assets/mutations';

/** Image upload from the editor: multipart form with one `file`. */
export async function POST(request: Request) {
  const length = Number(request.headers.get('content-length') ?? 0);
  if (length > MAX_UPLOAD_BYTES + 64 * 1024) {
    return NextResponse.json({ ok: false, message: `Images can be at most ${Math.round(MAX_UPLOAD_BYTES / 1024 / 1024)} MB.` }, { status: 413 });
  }
  try {
    const viewer = await getViewer();
    const form = await request.formData().catch(() => null);
    const file = form?.get('file');
    if (!(file instanceof File)) return NextResponse.json({ ok: false, message: 'Choose an image file.' }, { status: 400 });
    const asset = await uploadImage(viewer, new Uint8Array(await file.arrayBuffer()));
    return NextResponse.json({ ok: true, data: { ...asset, src: mediaPath(asset.id) } }, { status: 201 });
  } catch (error) {
    if (!isAppError(error)) throw error;
    const status = { UNAUTHENTICATED: 401, FORBIDDEN: 403 }[error.code as string] ?? 400;
    return NextResponse.json({ ok: false, message: error.message }, { status });
  }
}

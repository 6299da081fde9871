import { getVisibleAsset } from '@/lib/assets/queries';
import { assetStorage } from '@/lib/assets/storage';
import { getViewer } from '@/lib/auth/viewer';

const ID = /^[0-9a-f-]{36}$/;

/** Serves an uploaded image with headers that stop it being run as anything else. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const asset = ID.test(id) ? await getVisibleAsset(id, await getViewer()) : null;
  const bytes = asset ? await assetStorage().get(asset.key) : null;
  if (!asset || !bytes) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': asset.mimeType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': 'inline',
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      'Cache-Control': asset.isPublic ? 'public, max-age=300' : 'private, no-store',
    },
  });
}

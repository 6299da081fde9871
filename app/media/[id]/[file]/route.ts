import { getVisibleAsset } from '@/lib/assets/queries';
import { RENDITION_TYPES, type Rendition } from '@/lib/assets/renditions';
import { assetStorage } from '@/lib/assets/storage';
import { getViewer } from '@/lib/auth/viewer';

const ID = /^[0-9a-f-]{36}$/;
const FILE = /^v\d+-(?:original|16x9|1x1|social)-\d+\.(avif|webp|jpg|png)$/;

/** One rendition of an uploaded image, under the same visibility rule as the original. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; file: string }> }) {
  const { id, file } = await params;
  const extension = FILE.exec(file)?.[1];
  const asset = ID.test(id) && extension ? await getVisibleAsset(id, await getViewer()) : null;
  const rendition = asset ? ((asset.renditions as Rendition[] | null) ?? []).find((r) => r.name === file) : undefined;
  const bytes = rendition ? await assetStorage().get(rendition.key) : null;
  if (!asset || !bytes || !extension) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain', 'Cache-Control': 'no-store' } });
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': RENDITION_TYPES[extension]!,
      'Content-Length': String(bytes.byteLength),
      'X-Content-Type-Options': 'nosniff',
      'Content-Security-Policy': "default-src 'none'; sandbox",
      // A rendition's name changes with its version, so it can be kept; not longer than a
      // kill or an expiry would allow a shared cache to go on serving it.
      'Cache-Control': asset.isPublic ? 'public, max-age=300, s-maxage=300' : 'private, no-store',
    },
  });
}

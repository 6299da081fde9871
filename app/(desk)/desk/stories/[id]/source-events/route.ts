import { serveSourceStream } from '@/lib/http/source-stream';

export const dynamic = 'force-dynamic';

/** A translator's live connection to the source (lib/http/source-stream.ts); components/desk/translations/source-watch.tsx listens. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  return serveSourceStream(request, (await params).id);
}

import { serveFlashStream } from '@/lib/http/flash-stream';

export const dynamic = 'force-dynamic';

/** The desk's live connection for reviewers: FLASH stories sent for review (lib/http/flash-stream.ts). */
export function GET(request: Request) {
  return serveFlashStream(request);
}

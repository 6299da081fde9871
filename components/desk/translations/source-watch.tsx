'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/**
 * Follows a translation's source while the page is open: the server sends what the source
 * shows (its fingerprint) on connecting and whenever it changes; when that is no longer
 * what is shown here, the page's server parts are fetched again (the editor keeps its
 * text), so an update or a correction of the original reaches the translator at once; an
 * autosave that changed nothing shown does not. The browser reconnects by itself.
 */
export function SourceWatch({ storyId, fingerprint }: { storyId: string; fingerprint: string }) {
  const router = useRouter();
  useEffect(() => {
    const events = new EventSource(`/desk/stories/${storyId}/source-events`);
    events.addEventListener('source', (event) => {
      try {
        const now = (JSON.parse((event as MessageEvent<string>).data) as { fingerprint?: unknown }).fingerprint;
        if (typeof now === 'string' && now !== fingerprint) router.refresh();
      } catch {
        // Not a frame of ours: the next one will do.
      }
    });
    return () => events.close();
  }, [storyId, fingerprint, router]);
  return null;
}

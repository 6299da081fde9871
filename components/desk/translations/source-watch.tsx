'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** How long to wait before opening the connection again after the server refused or failed it. */
const RETRY_MS = 5_000;

/**
 * Follows a translation's source while the page is in view: the server sends what the
 * source shows (its fingerprint) on connecting and whenever it changes; when that is no
 * longer what is shown here, the page's server parts are fetched again (the editor keeps
 * its text), so an update or a correction of the original reaches the translator at once;
 * an autosave that changed nothing shown does not. A hidden tab lets its connection go
 * (browsers allow a handful per site) and opens it again when shown, when the first
 * frame catches it up; so does a connection the server refused (a restart, a 502).
 */
export function SourceWatch({ storyId, fingerprint }: { storyId: string; fingerprint: string }) {
  const router = useRouter();
  useEffect(() => {
    let events: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const close = () => {
      clearTimeout(retry);
      events?.close();
      events = null;
    };
    const open = () => {
      close();
      if (document.visibilityState !== 'visible') return;
      const current = new EventSource(`/desk/stories/${storyId}/source-events`);
      events = current;
      current.addEventListener('source', (event) => {
        try {
          const now = (JSON.parse((event as MessageEvent<string>).data) as { fingerprint?: unknown }).fingerprint;
          if (typeof now === 'string' && now !== fingerprint) router.refresh();
        } catch {
          // Not a frame of ours: the next one will do.
        }
      });
      // The browser reconnects after a dropped connection by itself, but gives up on an error answer: then we try again.
      current.onerror = () => {
        if (current.readyState === EventSource.CLOSED && events === current) retry = setTimeout(open, RETRY_MS);
      };
    };
    const onVisibility = () => (document.visibilityState === 'visible' ? open() : close());
    document.addEventListener('visibilitychange', onVisibility);
    open();
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      close();
    };
  }, [storyId, fingerprint, router]);
  return null;
}

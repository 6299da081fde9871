'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** How often an open translation asks whether its source changed. */
const EVERY_MS = 3_000;

/**
 * Follows a translation's source while the page is in view: when what the source shows is
 * no longer what is shown here (its fingerprint), the page's server parts are fetched again
 * (the editor keeps its text), so an update or a correction of the original reaches the
 * translator; an autosave that changed nothing shown does not.
 */
export function SourceWatch({ storyId, fingerprint }: { storyId: string; fingerprint: string }) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const response = await fetch(`/desk/stories/${storyId}/source-fingerprint`, { cache: 'no-store' });
        if (!response.ok || stopped) return;
        const now = ((await response.json()) as { fingerprint: string }).fingerprint;
        if (now !== fingerprint && !stopped) router.refresh();
      } catch {
        // Offline for a moment: the next check tries again.
      }
    };
    const timer = setInterval(() => void check(), EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [storyId, fingerprint, router]);
  return null;
}

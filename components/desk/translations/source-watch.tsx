'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** How often an open translation asks whether its source changed. */
const EVERY_MS = 3_000;

/**
 * Follows a translation's source while the page is in view: when the source's version is
 * no longer the one shown, the page's server parts are fetched again (the editor keeps
 * its text), so an update or a correction of the original reaches the translator.
 */
export function SourceWatch({ storyId, version }: { storyId: string; version: number }) {
  const router = useRouter();
  useEffect(() => {
    let stopped = false;
    const check = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const response = await fetch(`/desk/stories/${storyId}/source-version`, { cache: 'no-store' });
        if (!response.ok || stopped) return;
        const now = ((await response.json()) as { version: number }).version;
        if (now !== version && !stopped) router.refresh();
      } catch {
        // Offline for a moment: the next check tries again.
      }
    };
    const timer = setInterval(() => void check(), EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [storyId, version, router]);
  return null;
}

import { useDeferredValue, useMemo } from 'react';
import type { TDocNode } from '@/lib/content/document';
import { docToPlainText } from '@/lib/content/text';

/**
 * The body's plain text for counters and tag suggestions, worked out after the
 * keystroke has been shown (a deferred value), so a long story or a big table never
 * makes typing wait for them.
 */
export function useBodyText(body: TDocNode): string {
  const deferred = useDeferredValue(body);
  return useMemo(() => docToPlainText(deferred), [deferred]);
}

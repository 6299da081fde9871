'use client';

import { useParams } from 'next/navigation';
import type { ReactNode } from 'react';

/** Of content rendered for each language's site, the one for the `[lang]` segment of this address (else the first). */
export function BySiteSegment({ variants }: { variants: Record<string, ReactNode> }) {
  const { lang } = useParams<{ lang?: string }>();
  return (lang !== undefined ? variants[lang] : undefined) ?? Object.values(variants)[0] ?? null;
}

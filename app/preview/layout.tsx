import type { ReactNode } from 'react';
import { Document } from '@/components/ui/document';

/** Preview's document: the desk's banner is English; the story inside says its own language (`<article lang>`). */
export default function PreviewRootLayout({ children }: { children: ReactNode }) {
  return <Document lang="en">{children}</Document>;
}

import type { ReactNode } from 'react';
import { Document } from '@/components/ui/document';

/** The desk's document: its screens are in English (a bilingual desk is issue 31's). */
export default function DeskRootLayout({ children }: { children: ReactNode }) {
  return <Document lang="en">{children}</Document>;
}

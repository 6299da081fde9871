import type { ReactNode } from 'react';
import { Document } from '@/components/ui/document';

export default function SignInRootLayout({ children }: { children: ReactNode }) {
  return <Document lang="en">{children}</Document>;
}

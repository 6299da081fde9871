import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Newsroom', template: '%s — Newsroom' },
};

// Each part of the app below has its own root document in its own language: the public
// site per language (`(public)/site/[lang]`), the desk, sign-in and Preview. This layout only
// carries what they share.
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}

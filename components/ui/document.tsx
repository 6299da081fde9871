import type { ReactNode } from 'react';

/** The page's `<html>` and `<body>`: each root layout (a site per language, the desk, sign-in, Preview) says its language. */
export function Document({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <body>{children}</body>
    </html>
  );
}

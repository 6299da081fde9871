import { NextResponse, type NextRequest } from 'next/server';

// An optimistic check only: a desk visit without a session cookie goes straight to
// sign-in with the page it asked for. Every desk page and action still verifies
// the session and permission on the server.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

export function proxy(request: NextRequest) {
  const path = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  const hasSession = request.cookies.getAll().some((cookie) => SESSION_COOKIES.some((name) => cookie.name.startsWith(name)));
  if (!hasSession) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', path);
    return NextResponse.redirect(login);
  }
  const headers = new Headers(request.headers);
  headers.set('x-newsroom-path', path);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ['/desk', '/desk/:path*'] };

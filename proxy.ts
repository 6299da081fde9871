import { NextResponse, type NextRequest } from 'next/server';
import { isWithdrawn } from '@/lib/stories/withdrawn';

// Desk: an optimistic check only. A visit without a session cookie goes straight to
// sign-in with the page it asked for; every desk page and action still verifies the
// session and permission on the server.
const SESSION_COOKIES = ['authjs.session-token', '__Secure-authjs.session-token'];

function desk(request: NextRequest) {
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

// Story pages: a killed story answers 410 Gone with its withdrawal notice. App Router
// pages cannot choose their status, and Next 16 drops the status of a proxy rewrite,
// so the proxy fetches the notice page and sends it on with status 410.
async function story(request: NextRequest) {
  const slug = request.nextUrl.pathname.split('/')[2] ?? '';
  if (!slug || !(await isWithdrawn(decodeURIComponent(slug)))) return NextResponse.next();
  const notice = await fetch(new URL(`/withdrawn/${slug}`, request.nextUrl.origin), { headers: { accept: 'text/html' }, cache: 'no-store' });
  return new NextResponse(notice.body, {
    status: 410,
    headers: { 'Content-Type': notice.headers.get('content-type') ?? 'text/html; charset=utf-8', 'Cache-Control': 'public, max-age=60' },
  });
}

export function proxy(request: NextRequest) {
  return request.nextUrl.pathname.startsWith('/news/') ? story(request) : desk(request);
}

export const config = { matcher: ['/desk', '/desk/:path*', '/news/:slug'] };

import { NextResponse, type NextRequest } from 'next/server';
import { storyKey, surrogateKeyHeader } from '@/lib/cache/surrogate-keys';
import { publicStoryState } from '@/lib/stories/story-gate';

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

// Story pages: only a story readers may see reaches the (cached) page. A killed story
// answers 410 with its withdrawal notice, anything else 404. App Router pages cannot
// choose their status and Next 16 drops a proxy rewrite's status, so the proxy fetches
// the notice or not-found page itself and sends it on with the right status.
async function story(request: NextRequest) {
  let slug = '';
  try {
    slug = decodeURIComponent(request.nextUrl.pathname.split('/')[2] ?? '');
  } catch {
    // A malformed escape names no story: not found.
  }
  const state = slug ? await publicStoryState(slug) : 'missing';
  if (state === 'public') return NextResponse.next();
  const path = state === 'withdrawn' ? `/withdrawn/${encodeURIComponent(slug)}` : '/404';
  const page = await fetch(new URL(path, request.nextUrl.origin), { headers: { accept: 'text/html' }, cache: 'no-store' });
  return new NextResponse(page.body, {
    status: state === 'withdrawn' ? 410 : 404,
    headers: {
      'Content-Type': page.headers.get('content-type') ?? 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=10',
      // The story's key too: publishing that address purges a cached 404 of it at once.
      'Surrogate-Key': surrogateKeyHeader([...(page.headers.get('surrogate-key')?.split(' ') ?? []), ...(slug ? [storyKey(slug)] : [])]),
    },
  });
}

export function proxy(request: NextRequest) {
  return request.nextUrl.pathname.startsWith('/news/') ? story(request) : desk(request);
}

export const config = { matcher: ['/desk', '/desk/:path*', '/preview/:path*', '/news/:slug'] };

import { NextResponse, type NextRequest } from 'next/server';
import { storyKey, surrogateKeyHeader } from '@/lib/cache/surrogate-keys';
import { mainLanguage } from '@/lib/stories/languages';
import { sitePath, siteOf, storyPath } from '@/lib/stories/public-paths';
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

const moved = (request: NextRequest, path: string) => {
  const url = request.nextUrl.clone();
  url.pathname = path;
  return NextResponse.redirect(url, 301);
};

// Story pages: only a story readers may see reaches the (cached) page, on its own
// language's site (an address on another site moves there for good: 301). A killed
// story answers 410 with its withdrawal notice, anything else 404. App Router pages
// cannot choose their status and Next 16 drops a proxy rewrite's status, so the proxy
// fetches the notice or not-found page itself and sends it on with the right status.
async function story(request: NextRequest, language: string, encodedSlug: string) {
  let slug = '';
  try {
    slug = decodeURIComponent(encodedSlug);
  } catch {
    // A malformed escape names no story: not found.
  }
  const { state, language: storyLanguage } = slug ? await publicStoryState(slug) : { state: 'missing' as const, language: null };
  if (storyLanguage && siteOf(storyLanguage) !== language) return moved(request, storyPath(encodedSlug, storyLanguage));
  if (state === 'public') return NextResponse.next();
  const path = sitePath(language, state === 'withdrawn' ? `/withdrawn/${encodeURIComponent(slug)}` : '/404');
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

const SITE_PREFIX = /^\/([a-z]{2})(?=\/|$)/;
const STORY = /^\/news\/([^/]+)$/;

/** A reader path: the main language's site has no prefix (its code as one moves to the root), another language's has its code. */
function reader(request: NextRequest) {
  const path = request.nextUrl.pathname;
  const prefix = SITE_PREFIX.exec(path)?.[1];
  if (prefix === mainLanguage()) return moved(request, path.slice(3) || '/');
  const rest = prefix ? path.slice(3) : path;
  const slug = STORY.exec(rest)?.[1];
  return slug ? story(request, prefix ?? mainLanguage(), slug) : NextResponse.next();
}

export function proxy(request: NextRequest) {
  const path = request.nextUrl.pathname;
  return path === '/desk' || path.startsWith('/desk/') || path.startsWith('/preview/') ? desk(request) : reader(request);
}

export const config = { matcher: ['/desk', '/desk/:path*', '/preview/:path*', '/news/:slug', '/:lang([a-z]{2})', '/:lang([a-z]{2})/:path*'] };

import type { IncomingHttpHeaders } from 'node:http';

/** Requests grouped for metrics and traces: few enough for labels, telling enough for alerts. */
export type RouteGroup = 'public' | 'desk' | 'action' | 'api' | 'ingest' | 'auth' | 'media' | 'live' | 'collab' | 'static' | 'ops';

const OPS_PATHS = new Set(['/healthz', '/readyz', '/metrics']);

/** The group of a request, from its path (and, for Server Actions, the header Next sends). */
export function routeGroup(url: string | undefined, headers: IncomingHttpHeaders): RouteGroup {
  const path = (url ?? '/').split('?', 1)[0]!;
  if (path.startsWith('/_next/')) return 'static';
  if (OPS_PATHS.has(path)) return 'ops';
  if (headers['next-action']) return 'action';
  const first = path.split('/', 2)[1] ?? '';
  switch (first) {
    case 'desk':
    case 'preview':
      return 'desk';
    case 'api':
      return path.startsWith('/api/v1/ingest') ? 'ingest' : path.startsWith('/api/auth') ? 'auth' : 'api';
    case 'login':
      return 'auth';
    case 'media':
      return 'media';
    case 'live':
      return 'live';
    case 'collab':
      return 'collab';
    default:
      return 'public';
  }
}

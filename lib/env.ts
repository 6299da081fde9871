import { z } from 'zod';

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgresql:// URL' }),
  /** Credit printed in datelines (`MOSCOW, July 7. /TASS/.`) and feeds. */
  NEWSROOM_AGENCY_CREDIT: z.string().min(1).default('TASS'),
  NEWSROOM_SITE_NAME: z.string().min(1).default('Newsroom'),
  /** The public origin, used for canonical links, feeds and sitemaps. */
  NEWSROOM_SITE_URL: z.string().url().default('http://localhost:3000'),
  /** The newsroom's time zone: datelines and schedule times are shown in it. */
  NEWSROOM_TIMEZONE: z.string().default('Europe/Moscow'),
});

export type TEnv = z.infer<typeof ZEnv>;

let cached: TEnv | undefined;

/** The environment, parsed once; a missing or malformed variable fails loudly. */
export function env(): TEnv {
  if (!cached) {
    const parsed = ZEnv.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}

import { z } from 'zod';
import { ZId } from '@/lib/text/fields';
import { STORY_STATUSES, PRIORITIES } from '@/lib/enums';
import { env } from '@/lib/env';
import { newsroomDayStart } from '@/lib/time/newsroom-day';
import type { DeskFilter } from './desk-queries';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? undefined : v), schema.optional());
/** A newsroom day ("2026-11-30") as the instant it starts, or (`after`) the exclusive end of "changed to". */
const day = (after = false) =>
  optional(
    z
      .string()
      .trim()
      .transform((v, ctx) => {
        const start = newsroomDayStart(v, env().NEWSROOM_TIMEZONE, after);
        if (!start) {
          ctx.addIssue({ code: 'custom', message: 'Not a day.' });
          return z.NEVER;
        }
        return start;
      }),
  );

/** The desk's filters from the address bar; anything malformed is ignored. */
export const ZDeskFilter = z.object({
  status: optional(z.enum(STORY_STATUSES)).catch(undefined),
  mine: z.preprocess((v) => v === '1', z.boolean()),
  sectionId: optional(ZId).catch(undefined),
  priority: optional(z.enum(PRIORITIES)).catch(undefined),
  authorId: optional(ZId).catch(undefined),
  tagId: optional(ZId).catch(undefined),
  from: day().catch(undefined),
  to: day(true).catch(undefined),
  q: optional(z.string().max(200)).catch(undefined),
  sort: optional(z.enum(['updated', 'created', 'headline'])).catch(undefined),
  needs: optional(z.literal('translation')).catch(undefined),
  cursor: optional(ZId).catch(undefined),
});

export function parseDeskFilter(params: Record<string, string | string[] | undefined>): DeskFilter & { cursor?: string } {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { to, ...filter } = ZDeskFilter.parse(flat);
  return { ...filter, before: to };
}

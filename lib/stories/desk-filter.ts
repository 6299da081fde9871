import { z } from 'zod';
import { ZId } from '@/lib/text/fields';
import { STORY_STATUSES , PRIORITIES } from '@/lib/enums';
import { env } from '@/lib/env';
import { zonedTimeToUtc } from '@/lib/time/zoned';
import type { DeskFilter } from './desk-queries';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === '' || v === undefined ? undefined : v), schema.optional());
/**
 * A newsroom day ("2026-11-30") as the instant it starts in the newsroom's time zone, or
 * (`after`) as the instant the next day starts: the exclusive end of "changed to", right
 * across a daylight-saving change.
 */
const day = (after = false) => optional(z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/).transform((v, ctx) => {
  const [y, m, d] = v.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + (after ? 1 : 0))).toISOString().slice(0, 10);
  const start = zonedTimeToUtc(`${date} 00:00`, env().NEWSROOM_TIMEZONE);
  if (!start) {
    ctx.addIssue({ code: 'custom', message: 'Not a day.' });
    return z.NEVER;
  }
  return start;
}));

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
  cursor: optional(ZId).catch(undefined),
});

export function parseDeskFilter(params: Record<string, string | string[] | undefined>): DeskFilter & { cursor?: string } {
  const flat = Object.fromEntries(Object.entries(params).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]));
  const { to, ...filter } = ZDeskFilter.parse(flat);
  return { ...filter, before: to };
}

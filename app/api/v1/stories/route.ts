import { z } from 'zod';
import { env } from '@/lib/env';
import { listDistributed } from '@/lib/wire/export/distribution-queries';
import { toNinjs } from '@/lib/wire/export/ninjs';
import { DISTRIBUTION_HEADERS, readAccess } from '../read-access';

const ZQuery = z.object({
  since: z.iso.datetime({ offset: true, message: 'since must be an ISO 8601 date-time, e.g. 2026-11-28T10:00:00Z.' }).optional(),
  cursor: z
    .string()
    .regex(/^[\dTZ:.+-]{10,40}\|[\w-]{1,40}$/, 'cursor must be the value of a previous page\'s "next".')
    .optional(),
});

/** Published stories as ninjs 2.2, newest first, by cursor. With a READ key, embargoed ones too. */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const query = ZQuery.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) return Response.json({ error: query.error.issues[0]!.message }, { status: 400 });
  const access = await readAccess(request);
  if (access instanceof Response) return access;
  const site = env().NEWSROOM_SITE_URL;
  const page = await listDistributed({
    subscriber: access.subscriber,
    since: query.data.since ? new Date(query.data.since) : undefined,
    cursor: query.data.cursor,
  });
  const next = page.next
    ? new URL(`/api/v1/stories?${new URLSearchParams({ ...(query.data.since ? { since: query.data.since } : {}), cursor: page.next })}`, site).toString()
    : null;
  return Response.json({ items: page.items.map((p) => toNinjs(p, site)), next }, { headers: DISTRIBUTION_HEADERS });
}

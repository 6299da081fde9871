import 'server-only';
import { prisma } from '@/lib/db';
import { ACTIVITIES, type Activity } from './messages';

/** Presence rows older than this are from a connection that went away uncleanly. */
const FRESH_MS = 60_000;

export type PersonOnStory = { userId: string; name: string; activity: Activity };

/**
 * Who has each of these stories open on the desk now and what they are doing: one entry
 * per person (the busiest of their tabs), by name.
 */
export async function peopleOnStories(storyIds: string[], exceptUserId?: string): Promise<Map<string, PersonOnStory[]>> {
  const byStory = new Map<string, PersonOnStory[]>();
  if (!storyIds.length) return byStory;
  const rows = await prisma.storyPresence.findMany({
    where: { storyId: { in: storyIds }, seenAt: { gt: new Date(Date.now() - FRESH_MS) }, ...(exceptUserId ? { NOT: { userId: exceptUserId } } : {}) },
    select: { storyId: true, userId: true, activity: true, user: { select: { name: true } } },
  });
  const rank = (activity: string) => ACTIVITIES.indexOf(activity as Activity);
  for (const row of rows) {
    const people = byStory.get(row.storyId) ?? [];
    const seen = people.find((p) => p.userId === row.userId);
    if (!seen) people.push({ userId: row.userId, name: row.user.name, activity: row.activity as Activity });
    else if (rank(row.activity) < rank(seen.activity)) seen.activity = row.activity as Activity;
    byStory.set(row.storyId, people);
  }
  for (const people of byStory.values()) people.sort((a, b) => a.name.localeCompare(b.name));
  return byStory;
}

import type { Prisma } from '@/generated/prisma/client';
import type { Tx } from '@/lib/db';
import { AppError } from '@/lib/errors';
import type { Viewer } from '@/lib/auth/permissions';
import { cancelScheduledPublication, enqueueEmbargoLift, enqueueScheduledPublication } from '@/lib/jobs/queue';
import { signalLive } from '@/lib/live/signal';
import { enqueueWebhookEvent, withdrawHeldDeliveries } from '@/lib/webhooks/enqueue';
import { storyEventData } from '@/lib/webhooks/story-event';
import { writePublication } from './publication';
import { describeHeld } from './shared-doc/held';
import { storedSuggestions, unstoredFields } from './shared-doc/store';
import { countOpen, whereSuggestionsAre } from './shared-doc/suggestions';
import { assertImagesDescribed, assertReadyForReview } from './readiness';
import { CHECK_EFFECTS, effectsIn, WRITE_EFFECTS, type Transition } from './workflow';

/** The story as a move reads it. */
export const MOVING_STORY = { tags: true, publication: { select: { storyId: true, killedAt: true } } } satisfies Prisma.StoryInclude;
type MovingStory = Prisma.StoryGetPayload<{ include: typeof MOVING_STORY }>;

/** What an effect sees: the story as it was before the move, inside the move's transaction. */
export type MoveContext = {
  tx: Tx;
  story: MovingStory;
  viewer: Viewer;
  input: { note?: string; at?: Date };
  now: Date;
  /** Readers could see the story before this move. */
  isLive: boolean;
};

type Check = (typeof CHECK_EFFECTS)[number];
type Write = (typeof WRITE_EFFECTS)[number];

const CHECKS: Record<Check, (move: MoveContext) => Promise<void> | void> = {
  // A move takes the text on as stored: never while the shared document holds text the story does not.
  checkStored: async ({ tx, story }) => {
    const unstored = await unstoredFields(tx, story.id);
    if (unstored) throw new AppError('INVALID_INPUT', `${describeHeld(unstored)} Fix it before moving the story on.`, unstored);
  },
  // Readers get only accepted text: a story goes out once every suggestion in it is accepted or rejected.
  checkSuggestions: async ({ tx, story }) => {
    const open = await storedSuggestions(tx, story.id);
    const count = countOpen(open);
    if (!count) return;
    const message = `This story has ${count === 1 ? '1 open suggestion' : `${count} open suggestions`} (${whereSuggestionsAre(open)}). Accept or reject ${count === 1 ? 'it' : 'them'} before publishing.`;
    throw new AppError('INVALID_INPUT', message, { suggestions: [message] });
  },
  // A FLASH may be a headline and a dateline only (its body follows in an update).
  checkReady: ({ story }) => assertReadyForReview(story, { flash: story.priority === 'FLASH' }),
  checkImages: async ({ tx, story }) => {
    const leadImage = story.leadImageId ? await tx.asset.findUnique({ where: { id: story.leadImageId }, select: { altText: true } }) : null;
    assertImagesDescribed({ body: story.body, leadImage });
  },
};

const WRITES: Record<Write, (move: MoveContext) => Promise<void>> = {
  // The `timeRequired` guard has checked `at` before any effect runs.
  enqueueSchedule: ({ tx, story, viewer, input }) => enqueueScheduledPublication(tx, { storyId: story.id, at: input.at!, userId: viewer.id }),
  cancelSchedule: ({ tx, story }) => cancelScheduledPublication(tx, story.id),
  writePublication: async ({ tx, story, now }) => {
    await writePublication(tx, story.id, now);
  },
  scheduleEmbargoLift: async ({ tx, story, now, isLive }) => {
    if (story.embargoUntil && story.embargoUntil > now && !isLive)
      await enqueueEmbargoLift(tx, { storyId: story.id, slug: story.slug, at: story.embargoUntil });
  },
  killPublication: async ({ tx, story, input, now }) => {
    const killed = await tx.publication.update({ where: { storyId: story.id }, data: { killedAt: now, killNote: input.note ?? '' } });
    // Killed before readers could see it: partners were told nothing, and are not now.
    if (killed.visibleAt > now) await withdrawHeldDeliveries(tx, story.id, now);
    else await enqueueWebhookEvent(tx, 'story.killed', storyEventData(killed), null);
    if (killed.priority === 'FLASH') await signalLive(tx, { kind: 'breaking' });
  },
};

/** Before the move: the checks, in order; the first that fails refuses the move. */
export async function runChecks(transition: Transition, move: MoveContext) {
  for (const check of effectsIn(transition, CHECK_EFFECTS)) await CHECKS[check](move);
}

/** After the row moved: jobs, the publication, partners and the live stream, in order. */
export async function runWrites(transition: Transition, move: MoveContext) {
  for (const write of effectsIn(transition, WRITE_EFFECTS)) await WRITES[write](move);
}

import type { Prisma } from '@/generated/prisma/client';
import type { Viewer } from '@/lib/auth/permissions';
import type { Priority } from '@/lib/enums';
import { effectsIn, NOTE_EFFECTS, STAMP_EFFECTS, type Transition } from './workflow';

/** What the pure effects read: the story before the move, the mover, the move's input. */
export type StampContext = {
  story: { firstPublishedAt: Date | null; priority: Priority };
  viewer: Pick<Viewer, 'name'>;
  input: { at?: Date };
  now: Date;
};

type Stamp = (typeof STAMP_EFFECTS)[number];
type Note = (typeof NOTE_EFFECTS)[number];

const STAMPS: Record<Stamp, (move: StampContext) => Prisma.StoryUpdateManyMutationInput> = {
  stampSubmitted: ({ now }) => ({ submittedAt: now }),
  stampApproved: ({ now }) => ({ approvedAt: now }),
  stampScheduled: ({ input }) => ({ scheduledAt: input.at }),
  clearScheduled: () => ({ scheduledAt: null }),
  stampPublished: ({ story, now }) => ({ publishedAt: now, firstPublishedAt: story.firstPublishedAt ?? now, scheduledAt: null }),
  stampKilled: ({ now }) => ({ killedAt: now }),
  stampSpiked: ({ now }) => ({ spikedAt: now }),
  clearSpiked: () => ({ spikedAt: null }),
};

const NOTES: Record<Note, (move: StampContext) => string> = {
  noteWithoutReview: ({ story, viewer }) => `Published without review by ${viewer.name} (${story.priority}).`,
};

/** The columns the move stamps on the story row beside its new status. */
export function stampsOf(transition: Transition, move: StampContext): Prisma.StoryUpdateManyMutationInput {
  return Object.assign({}, ...effectsIn(transition, STAMP_EFFECTS).map((stamp) => STAMPS[stamp](move)));
}

/** What the audit event adds about the move itself. */
export function notesOf(transition: Transition, move: StampContext): string[] {
  return effectsIn(transition, NOTE_EFFECTS).map((note) => NOTES[note](move));
}

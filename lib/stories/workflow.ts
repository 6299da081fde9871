import { AppError } from '@/lib/errors';
import { can, type Action, type Viewer } from '@/lib/auth/permissions';
import { type Priority, type StoryStatus } from '@/lib/enums';
import { A_STORY_THAT_IS } from './labels';

export const WORKFLOW_ACTIONS = [
  'edit',
  'submit',
  'requestChanges',
  'approve',
  'publish',
  'publishNow',
  'schedule',
  'unschedule',
  'kill',
  'spike',
  'unspike',
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Extra conditions a move checks beyond state and role (each one rule in `GUARDS`). */
export type Guard = 'noteRequired' | 'fourEyes' | 'timeRequired' | 'liveOnly' | 'neverPublished' | 'breakingOnly';

/**
 * What a move does besides changing the status, run by `transitionStory` in this order
 * (lib/stories/workflow-effects.ts) whatever order a row lists them in: the checks before
 * the move, the stamps on the story row, the writes after the row moved, the audit note.
 */
export const CHECK_EFFECTS = ['checkStored', 'checkReady', 'checkImages', 'checkSuggestions'] as const;
export const STAMP_EFFECTS = [
  'stampSubmitted',
  'stampApproved',
  'stampScheduled',
  'clearScheduled',
  'stampPublished',
  'stampKilled',
  'stampSpiked',
  'clearSpiked',
] as const;
export const WRITE_EFFECTS = ['enqueueSchedule', 'cancelSchedule', 'writePublication', 'scheduleEmbargoLift', 'killPublication'] as const;
export const NOTE_EFFECTS = ['noteWithoutReview'] as const;
export const EFFECTS = [...CHECK_EFFECTS, ...STAMP_EFFECTS, ...WRITE_EFFECTS, ...NOTE_EFFECTS] as const;
export type Effect = (typeof EFFECTS)[number];

export type Transition = {
  from: StoryStatus;
  action: WorkflowAction;
  to: StoryStatus;
  permission: Action;
  guards: readonly Guard[];
  effects: readonly Effect[];
  /** The verb the story's author is told the move by (“… was published by Ana.”); no notification without one. */
  notify?: string;
};

// Each move's effects, named once and shared by the rows that make the same move.
const SUBMIT: Effect[] = ['checkStored', 'checkReady', 'stampSubmitted'];
const APPROVE: Effect[] = ['checkStored', 'checkReady', 'stampApproved'];
// A FLASH may be a headline and a dateline only (its body follows in an update), on every path to readers: checkReady.
const PUBLISH: Effect[] = ['checkStored', 'checkReady', 'checkImages', 'checkSuggestions', 'stampPublished', 'writePublication', 'scheduleEmbargoLift'];
const PUBLISH_SCHEDULED: Effect[] = [
  'checkStored',
  'checkReady',
  'checkImages',
  'checkSuggestions',
  'stampPublished',
  'cancelSchedule',
  'writePublication',
  'scheduleEmbargoLift',
];
const PUBLISH_NOW: Effect[] = [...PUBLISH, 'noteWithoutReview'];
const SCHEDULE: Effect[] = ['checkStored', 'checkReady', 'checkImages', 'checkSuggestions', 'stampScheduled', 'enqueueSchedule'];
const UNSCHEDULE: Effect[] = ['clearScheduled', 'cancelSchedule'];
const KILL: Effect[] = ['stampKilled', 'killPublication'];
const SPIKE: Effect[] = ['stampSpiked'];
const UNSPIKE: Effect[] = ['clearSpiked'];

/**
 * The workflow, declared once: each move's permission, guards and effects. Only
 * `planTransition` decides a move, and only the story mutations apply it (`transitionStory`
 * runs the effects; `writeWorkingCopy` applies `edit`, which has none here): nothing else
 * changes a story's status.
 */
export const TRANSITIONS: readonly Transition[] = [
  // Editing keeps a draft a draft; changing approved text sends it back for review;
  // editing a live story opens a pending update while readers keep the published text.
  { from: 'DRAFT', action: 'edit', to: 'DRAFT', permission: 'story.edit', guards: [], effects: [] },
  { from: 'CHANGES_REQUESTED', action: 'edit', to: 'CHANGES_REQUESTED', permission: 'story.edit', guards: [], effects: [] },
  { from: 'IN_REVIEW', action: 'edit', to: 'IN_REVIEW', permission: 'story.edit', guards: [], effects: [] },
  { from: 'APPROVED', action: 'edit', to: 'IN_REVIEW', permission: 'story.edit', guards: [], effects: [] },
  { from: 'PUBLISHED', action: 'edit', to: 'DRAFT', permission: 'story.edit', guards: [], effects: [] },

  { from: 'DRAFT', action: 'submit', to: 'IN_REVIEW', permission: 'story.submit', guards: [], effects: SUBMIT },
  { from: 'CHANGES_REQUESTED', action: 'submit', to: 'IN_REVIEW', permission: 'story.submit', guards: [], effects: SUBMIT },

  {
    from: 'IN_REVIEW',
    action: 'requestChanges',
    to: 'CHANGES_REQUESTED',
    permission: 'story.review',
    guards: ['noteRequired'],
    effects: [],
    notify: 'sent back',
  },
  { from: 'IN_REVIEW', action: 'approve', to: 'APPROVED', permission: 'story.approve', guards: ['fourEyes'], effects: APPROVE, notify: 'approved' },

  { from: 'APPROVED', action: 'publish', to: 'PUBLISHED', permission: 'story.publish', guards: [], effects: PUBLISH, notify: 'published' },
  { from: 'APPROVED', action: 'schedule', to: 'SCHEDULED', permission: 'story.publish', guards: ['timeRequired'], effects: SCHEDULE, notify: 'scheduled' },
  { from: 'SCHEDULED', action: 'unschedule', to: 'APPROVED', permission: 'story.publish', guards: [], effects: UNSCHEDULE },
  { from: 'SCHEDULED', action: 'publish', to: 'PUBLISHED', permission: 'story.publish', guards: [], effects: PUBLISH_SCHEDULED, notify: 'published' },

  // Breaking news: a reviewer or admin publishes a FLASH or URGENT story in one move,
  // from wherever it is on the desk, without a second person's review (audited as such).
  { from: 'DRAFT', action: 'publishNow', to: 'PUBLISHED', permission: 'story.publish', guards: ['breakingOnly'], effects: PUBLISH_NOW, notify: 'published' },
  {
    from: 'CHANGES_REQUESTED',
    action: 'publishNow',
    to: 'PUBLISHED',
    permission: 'story.publish',
    guards: ['breakingOnly'],
    effects: PUBLISH_NOW,
    notify: 'published',
  },
  {
    from: 'IN_REVIEW',
    action: 'publishNow',
    to: 'PUBLISHED',
    permission: 'story.publish',
    guards: ['breakingOnly'],
    effects: PUBLISH_NOW,
    notify: 'published',
  },
  { from: 'APPROVED', action: 'publishNow', to: 'PUBLISHED', permission: 'story.publish', guards: ['breakingOnly'], effects: PUBLISH_NOW, notify: 'published' },

  // Kill withdraws the live version, whatever state a pending update is in.
  { from: 'PUBLISHED', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired'], effects: KILL, notify: 'killed' },
  { from: 'DRAFT', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired', 'liveOnly'], effects: KILL, notify: 'killed' },
  { from: 'IN_REVIEW', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired', 'liveOnly'], effects: KILL, notify: 'killed' },
  { from: 'CHANGES_REQUESTED', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired', 'liveOnly'], effects: KILL, notify: 'killed' },
  { from: 'APPROVED', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired', 'liveOnly'], effects: KILL, notify: 'killed' },

  // Spike sets aside a story readers never saw (restorable for 30 days, then purged).
  { from: 'DRAFT', action: 'spike', to: 'SPIKED', permission: 'story.spike', guards: ['neverPublished'], effects: SPIKE },
  { from: 'CHANGES_REQUESTED', action: 'spike', to: 'SPIKED', permission: 'story.spike', guards: ['neverPublished'], effects: SPIKE },
  { from: 'IN_REVIEW', action: 'spike', to: 'SPIKED', permission: 'story.spike', guards: ['neverPublished'], effects: SPIKE },
  { from: 'APPROVED', action: 'spike', to: 'SPIKED', permission: 'story.spike', guards: ['neverPublished'], effects: SPIKE },
  { from: 'SPIKED', action: 'unspike', to: 'DRAFT', permission: 'story.spike', guards: [], effects: UNSPIKE },
];

/** The transition's effects among `phase`, in the phase's order (the documented order), not the row's. */
export const effectsIn = <E extends Effect>(transition: Transition, phase: readonly E[]): E[] => phase.filter((effect) => transition.effects.includes(effect));

/** Publish and kill change what readers see; every other move stays on the desk. */
export const changesWhatReadersSee = (transition: Transition) =>
  transition.effects.includes('writePublication') || transition.effects.includes('killPublication');

export type WorkflowStory = {
  status: StoryStatus;
  priority: Priority;
  lastEditorId: string | null;
  /** Who wrote the text for the four-eyes rule (lastEditorId when unknown). */
  textEditorId?: string | null;
  /** Characters the last editor changed since, as a small fix of someone else's text. */
  smallEditChars?: number;
  isLive: boolean;
  /** Ever published (live now or killed since): such a story is never spiked. */
  wasPublished?: boolean;
};

export type TransitionInput = { note?: string; at?: Date; now?: Date };

export type TransitionPlan = {
  from: StoryStatus;
  to: StoryStatus;
  action: WorkflowAction;
  /** Set when the four-eyes rule was waived because the story is a FLASH. */
  fourEyesWaived: boolean;
  /** Set when the approver's own change since is a small fix of someone else's text: its size in characters (audited). */
  smallFixWaived: number | null;
};

export function findTransition(from: StoryStatus, action: WorkflowAction): Transition | undefined {
  return TRANSITIONS.find((t) => t.from === from && t.action === action);
}

const ACTION_LABELS: Record<WorkflowAction, string> = {
  edit: 'edited',
  submit: 'submitted for review',
  requestChanges: 'sent back',
  approve: 'approved',
  publish: 'published',
  publishNow: 'published without review',
  schedule: 'scheduled',
  unschedule: 'unscheduled',
  kill: 'killed',
  spike: 'spiked',
  unspike: 'restored',
};

/** FLASH and URGENT: the priorities that may skip review. */
export const isBreaking = (priority: Priority) => priority === 'FLASH' || priority === 'URGENT';

/** The moves to offer for the priority the form shows now. */
export const offeredMoves = (moves: WorkflowAction[], priority: Priority) => moves.filter((move) => move !== 'publishNow' || isBreaking(priority));

type GuardRule = {
  /**
   * The guard depends on what comes with the move (a note, a time, the priority the form shows
   * as it saves before moving): `availableActions` offers the move and the move itself checks.
   */
  onMove: boolean;
  /** The desk says why this guard holds a move back (`heldBackMoves`) rather than leave its button out silently. */
  explained: boolean;
  /** The refusal, or null when the guard lets the move through. */
  check: (story: WorkflowStory, viewer: Viewer, input: TransitionInput) => AppError | null;
};

/** Each guard, written once: `planTransition`, `availableActions` and `heldBackMoves` all ask it. */
export const GUARDS: Record<Guard, GuardRule> = {
  noteRequired: {
    onMove: true,
    explained: false,
    check: (_story, _viewer, input) => (input.note?.trim() ? null : new AppError('INVALID_INPUT', 'A note is required.', { note: ['Say why.'] })),
  },
  timeRequired: {
    onMove: true,
    explained: false,
    check: (_story, _viewer, input) =>
      input.at && input.at.getTime() > (input.now ?? new Date()).getTime()
        ? null
        : new AppError('INVALID_INPUT', 'Choose a time in the future.', { at: ['Choose a time in the future.'] }),
  },
  liveOnly: {
    onMove: false,
    explained: false,
    check: (story) => (story.isLive ? null : new AppError('INVALID_TRANSITION', 'Only a published story can be killed.')),
  },
  breakingOnly: {
    onMove: true,
    explained: false,
    check: (story) => (isBreaking(story.priority) ? null : new AppError('INVALID_TRANSITION', 'Only a FLASH or URGENT story can be published without review.')),
  },
  neverPublished: {
    onMove: false,
    explained: false,
    check: (story) =>
      story.isLive || story.wasPublished ? new AppError('INVALID_TRANSITION', 'A story that has been published cannot be spiked; kill it instead.') : null,
  },
  fourEyes: {
    onMove: false,
    explained: true,
    check: (story, viewer) => (fourEyes(story, viewer) === 'wrote' && story.priority !== 'FLASH' ? new AppError('FORBIDDEN', FOUR_EYES_REASON) : null),
  },
};

/** The first of the transition's guards (in the table's order) that refuses, among those `which` selects. */
function refusal(transition: Transition, story: WorkflowStory, viewer: Viewer, input: TransitionInput, which: (rule: GuardRule) => boolean = () => true) {
  for (const guard of transition.guards) {
    const rule = GUARDS[guard];
    if (!which(rule)) continue;
    const refused = rule.check(story, viewer, input);
    if (refused) return { guard, rule, error: refused };
  }
  return null;
}

/** Decides whether `viewer` may apply `action` to `story` now, and where it leads. */
export function planTransition(story: WorkflowStory, action: WorkflowAction, viewer: Viewer, input: TransitionInput = {}): TransitionPlan {
  const transition = findTransition(story.status, action);
  if (!transition) {
    throw new AppError('INVALID_TRANSITION', `${A_STORY_THAT_IS[story.status]} cannot be ${ACTION_LABELS[action]}.`);
  }
  if (!can(viewer, transition.permission)) throw new AppError('FORBIDDEN', 'Your role does not allow this.');
  const refused = refusal(transition, story, viewer, input);
  if (refused) throw refused.error;
  // The four-eyes rule let the move through: say so when it was waived (audited).
  const rule = transition.guards.includes('fourEyes') ? fourEyes(story, viewer) : 'other';
  return {
    from: story.status,
    to: transition.to,
    action,
    fourEyesWaived: rule === 'wrote',
    smallFixWaived: rule === 'small fix' ? (story.smallEditChars ?? 0) : null,
  };
}

/** Why a reviewer who wrote the text may not approve it, in words the desk shows. */
export const FOUR_EYES_REASON = 'You wrote this text (more than a small fix), so another reviewer must approve it.';

/**
 * The four-eyes rule for one approver: they wrote the text (refused, but for a FLASH),
 * their own change since is only a small fix of someone else's text (allowed, audited),
 * or it is someone else's work.
 */
function fourEyes(story: WorkflowStory, viewer: Viewer): 'wrote' | 'small fix' | 'other' {
  if ((story.textEditorId ?? story.lastEditorId) === viewer.id) return 'wrote';
  return story.lastEditorId === viewer.id ? 'small fix' : 'other';
}

/** The story's moves this viewer's role allows, with the first guard on the story (not on the move's input) that refuses each. */
function movesFor(story: WorkflowStory, viewer: Viewer) {
  return WORKFLOW_ACTIONS.flatMap((action) => {
    const transition = findTransition(story.status, action);
    if (!transition || !can(viewer, transition.permission)) return [];
    return [{ action, refused: refusal(transition, story, viewer, {}, (rule) => !rule.onMove) }];
  });
}

/**
 * Moves this viewer's role could make on the story but a rule of the table holds back,
 * with why, for the desk to say (an approve button that is simply missing is a dead end).
 */
export function heldBackMoves(story: WorkflowStory, viewer: Viewer): Partial<Record<WorkflowAction, string>> {
  const held: Partial<Record<WorkflowAction, string>> = {};
  for (const { action, refused } of movesFor(story, viewer)) if (refused?.rule.explained) held[action] = refused.error.message;
  return held;
}

/** Whether a story in this state may be edited at all (killed and spiked ones may not): the table says, not the form. */
export function isEditable(status: StoryStatus): boolean {
  return !!findTransition(status, 'edit');
}

/**
 * The workflow actions a viewer could take on a story now (for showing buttons).
 * "Publish now" is listed whatever the saved priority: the form offers it while the
 * priority it shows is FLASH or URGENT (`offeredMoves`), and saves before moving.
 */
export function availableActions(story: WorkflowStory, viewer: Viewer): WorkflowAction[] {
  return movesFor(story, viewer)
    .filter((move) => !move.refused)
    .map((move) => move.action);
}

import { AppError } from '@/lib/errors';
import { can, type Action, type Viewer } from '@/lib/auth/permissions';
import { type Priority, type StoryStatus } from '@/lib/enums';

export const WORKFLOW_ACTIONS = ['edit', 'submit', 'requestChanges', 'approve', 'publish', 'publishNow', 'schedule', 'unschedule', 'kill', 'spike', 'unspike'] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

/** Extra conditions a move checks beyond state and role. */
type Guard = 'noteRequired' | 'fourEyes' | 'timeRequired' | 'liveOnly' | 'neverPublished' | 'breakingOnly';

type Transition = { from: StoryStatus; action: WorkflowAction; to: StoryStatus; permission: Action; guards?: Guard[] };

/**
 * The workflow, declared once. Only `planTransition` reads it, and only the story
 * mutations apply its result: nothing else changes a story's status.
 */
export const TRANSITIONS: readonly Transition[] = [
  // Editing keeps a draft a draft; changing approved text sends it back for review;
  // editing a live story opens a pending update while readers keep the published text.
  { from: 'DRAFT', action: 'edit', to: 'DRAFT', permission: 'story.edit' },
  { from: 'CHANGES_REQUESTED', action: 'edit', to: 'CHANGES_REQUESTED', permission: 'story.edit' },
  { from: 'IN_REVIEW', action: 'edit', to: 'IN_REVIEW', permission: 'story.edit' },
  { from: 'APPROVED', action: 'edit', to: 'IN_REVIEW', permission: 'story.edit' },
  { from: 'PUBLISHED', action: 'edit', to: 'DRAFT', permission: 'story.edit' },

  { from: 'DRAFT', action: 'submit', to: 'IN_REVIEW', permission: 'story.submit' },
  { from: 'CHANGES_REQUESTED', action: 'submit', to: 'IN_REVIEW', permission: 'story.submit' },

  { from: 'IN_REVIEW', action: 'requestChanges', to: 'CHANGES_REQUESTED', permission: 'story.review', guards: ['noteRequired'] },
  { from: 'IN_REVIEW', action: 'approve', to: 'APPROVED', permission: 'story.approve', guards: ['fourEyes'] },

  { from: 'APPROVED', action: 'publish', to: 'PUBLISHED', permission: 'story.publish' },
  { from: 'APPROVED', action: 'schedule', to: 'SCHEDULED', permission: 'story.publish', guards: ['timeRequired'] },
  { from: 'SCHEDULED', action: 'unschedule', to: 'APPROVED', permission: 'story.publish' },
  { from: 'SCHEDULED', action: 'publish', to: 'PUBLISHED', permission: 'story.publish' },

  // Breaking news: a reviewer or admin publishes a FLASH or URGENT story in one move,
  // from wherever it is on the desk, without a second person's review (audited as such).
  { from: 'DRAFT', action: 'publishNow', to: 'PUBLISHED', permission: 'story.publish', guards: ['breakingOnly'] },
  { from: 'CHANGES_REQUESTED', action: 'publishNow', to: 'PUBLISHED', permission: 'story.publish', guards: ['breakingOnly'] },
  { from: 'IN_REVIEW', action: 'publishNow', to: 'PUBLISHED', permission: 'story.publish', guards: ['breakingOnly'] },
  { from: 'APPROVED', action: 'publishNow', to: 'PUBLISHED', permission: 'story.publish', guards: ['breakingOnly'] },

  // Kill withdraws the live version, whatever state a pending update is in.
  { from: 'PUBLISHED', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired'] },
  { from: 'DRAFT', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired', 'liveOnly'] },
  { from: 'IN_REVIEW', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired', 'liveOnly'] },
  { from: 'CHANGES_REQUESTED', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired', 'liveOnly'] },
  { from: 'APPROVED', action: 'kill', to: 'KILLED', permission: 'story.kill', guards: ['noteRequired', 'liveOnly'] },

  // Spike sets aside a story readers never saw (restorable for 30 days, then purged).
  { from: 'DRAFT', action: 'spike', to: 'SPIKED', permission: 'story.spike', guards: ['neverPublished'] },
  { from: 'CHANGES_REQUESTED', action: 'spike', to: 'SPIKED', permission: 'story.spike', guards: ['neverPublished'] },
  { from: 'IN_REVIEW', action: 'spike', to: 'SPIKED', permission: 'story.spike', guards: ['neverPublished'] },
  { from: 'APPROVED', action: 'spike', to: 'SPIKED', permission: 'story.spike', guards: ['neverPublished'] },
  { from: 'SPIKED', action: 'unspike', to: 'DRAFT', permission: 'story.spike' },
];

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

/** Decides whether `viewer` may apply `action` to `story` now, and where it leads. */
export function planTransition(story: WorkflowStory, action: WorkflowAction, viewer: Viewer, input: TransitionInput = {}): TransitionPlan {
  const transition = findTransition(story.status, action);
  if (!transition) {
    throw new AppError('INVALID_TRANSITION', `A ${story.status.toLowerCase().replace('_', ' ')} story cannot be ${ACTION_LABELS[action]}.`);
  }
  if (!can(viewer, transition.permission)) throw new AppError('FORBIDDEN', 'Your role does not allow this.');
  let fourEyesWaived = false;
  let smallFixWaived: number | null = null;
  for (const guard of transition.guards ?? []) {
    if (guard === 'noteRequired' && !input.note?.trim()) {
      throw new AppError('INVALID_INPUT', 'A note is required.', { note: ['Say why.'] });
    }
    if (guard === 'timeRequired' && (!input.at || input.at.getTime() <= (input.now ?? new Date()).getTime())) {
      throw new AppError('INVALID_INPUT', 'Choose a time in the future.', { at: ['Choose a time in the future.'] });
    }
    if (guard === 'liveOnly' && !story.isLive) {
      throw new AppError('INVALID_TRANSITION', 'Only a published story can be killed.');
    }
    if (guard === 'breakingOnly' && !isBreaking(story.priority)) {
      throw new AppError('INVALID_TRANSITION', 'Only a FLASH or URGENT story can be published without review.');
    }
    if (guard === 'neverPublished' && (story.isLive || story.wasPublished)) {
      throw new AppError('INVALID_TRANSITION', 'A story that has been published cannot be spiked; kill it instead.');
    }
    if (guard === 'fourEyes') {
      const rule = fourEyes(story, viewer);
      if (rule === 'wrote' && story.priority !== 'FLASH') throw new AppError('FORBIDDEN', FOUR_EYES_REASON);
      if (rule === 'wrote') fourEyesWaived = true;
      if (rule === 'small fix') smallFixWaived = story.smallEditChars ?? 0;
    }
  }
  return { from: story.status, to: transition.to, action, fourEyesWaived, smallFixWaived };
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

/**
 * Moves this viewer's role could make on the story but a rule of the table holds back,
 * with why, for the desk to say (an approve button that is simply missing is a dead end).
 */
export function heldBackMoves(story: WorkflowStory, viewer: Viewer): Partial<Record<WorkflowAction, string>> {
  const held: Partial<Record<WorkflowAction, string>> = {};
  const approve = findTransition(story.status, 'approve');
  if (approve && can(viewer, approve.permission) && fourEyes(story, viewer) === 'wrote' && story.priority !== 'FLASH') held.approve = FOUR_EYES_REASON;
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
  return WORKFLOW_ACTIONS.filter((action) => {
    const transition = findTransition(story.status, action);
    if (!transition || !can(viewer, transition.permission)) return false;
    if (transition.guards?.includes('liveOnly') && !story.isLive) return false;
    if (transition.guards?.includes('neverPublished') && (story.isLive || story.wasPublished)) return false;
    if (transition.guards?.includes('fourEyes') && fourEyes(story, viewer) === 'wrote' && story.priority !== 'FLASH') return false;
    return true;
  });
}

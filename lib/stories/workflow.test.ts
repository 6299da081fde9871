import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/permissions';
import { ROLES, type Role, STORY_STATUSES, type StoryStatus } from '@/lib/enums';
import { availableActions, heldBackMoves, isEditable, offeredMoves, planTransition, WORKFLOW_ACTIONS, type WorkflowAction } from './workflow';

// The specification: [from, action, to, roles allowed]. Everything else is refused.
const ALL: Role[] = ['EDITOR', 'REVIEWER', 'ADMIN'];
const REV: Role[] = ['REVIEWER', 'ADMIN'];
const ALLOWED: [StoryStatus, WorkflowAction, StoryStatus, Role[]][] = [
  ['DRAFT', 'edit', 'DRAFT', ALL],
  ['CHANGES_REQUESTED', 'edit', 'CHANGES_REQUESTED', ALL],
  ['IN_REVIEW', 'edit', 'IN_REVIEW', ALL],
  ['APPROVED', 'edit', 'IN_REVIEW', ALL],
  ['PUBLISHED', 'edit', 'DRAFT', ALL],
  ['DRAFT', 'submit', 'IN_REVIEW', ALL],
  ['CHANGES_REQUESTED', 'submit', 'IN_REVIEW', ALL],
  ['IN_REVIEW', 'requestChanges', 'CHANGES_REQUESTED', REV],
  ['IN_REVIEW', 'approve', 'APPROVED', REV],
  ['APPROVED', 'publish', 'PUBLISHED', REV],
  ['APPROVED', 'schedule', 'SCHEDULED', REV],
  ['SCHEDULED', 'unschedule', 'APPROVED', REV],
  ['SCHEDULED', 'publish', 'PUBLISHED', REV],
  ['PUBLISHED', 'kill', 'KILLED', REV],
  ['DRAFT', 'kill', 'KILLED', REV],
  ['IN_REVIEW', 'kill', 'KILLED', REV],
  ['CHANGES_REQUESTED', 'kill', 'KILLED', REV],
  ['APPROVED', 'kill', 'KILLED', REV],
  ['SPIKED', 'unspike', 'DRAFT', ALL],
];
// Spiking is open from these states, to everyone, but only for a story readers never saw
// (the table above runs on a live story, so there it is refused; see the guard tests).
const SPIKABLE: StoryStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW', 'APPROVED'];

const viewer = (role: Role, id = 'me'): Viewer => ({ id, role, name: role, email: `${role}@x` });
const now = new Date('2026-01-01T12:00:00Z');
const input = { note: 'because', at: new Date('2026-01-02T12:00:00Z'), now };

describe('workflow transition table', () => {
  for (const from of STORY_STATUSES) {
    for (const action of WORKFLOW_ACTIONS) {
      for (const role of ROLES) {
        const rule = ALLOWED.find(([f, a]) => f === from && a === action);
        const allowed = !!rule && rule[3].includes(role);
        it(`${role}: ${from} --${action}--> ${allowed ? rule![2] : 'refused'}`, () => {
          const story = { status: from, priority: 'ROUTINE' as const, lastEditorId: 'someone-else', isLive: true };
          if (allowed) expect(planTransition(story, action, viewer(role), input).to).toBe(rule![2]);
          else expect(() => planTransition(story, action, viewer(role), input)).toThrow();
        });
      }
    }
  }
});

describe('workflow guards', () => {
  const inReview = { status: 'IN_REVIEW' as const, priority: 'ROUTINE' as const, lastEditorId: 'me', isLive: false };

  it('four eyes: a reviewer cannot approve text they last changed', () => {
    expect(() => planTransition(inReview, 'approve', viewer('REVIEWER'))).toThrow(/another reviewer/);
    expect(planTransition(inReview, 'approve', viewer('REVIEWER', 'other')).fourEyesWaived).toBe(false);
  });

  it("four eyes: a reviewer whose own change since is a small fix of someone else's text may approve, and the plan says so for the audit", () => {
    const fixed = { ...inReview, textEditorId: 'writer', lastEditorId: 'me', smallEditChars: 12 };
    expect(planTransition(fixed, 'approve', viewer('REVIEWER'))).toMatchObject({ to: 'APPROVED', fourEyesWaived: false, smallFixWaived: 12 });
    expect(availableActions(fixed, viewer('REVIEWER'))).toContain('approve');
    expect(heldBackMoves(fixed, viewer('REVIEWER'))).toEqual({});
    // The writer of the text is held back, and told why.
    const written = { ...inReview, textEditorId: 'me', lastEditorId: 'me' };
    expect(availableActions(written, viewer('REVIEWER'))).not.toContain('approve');
    expect(heldBackMoves(written, viewer('REVIEWER')).approve).toMatch(/more than a small fix/);
    expect(heldBackMoves(written, viewer('EDITOR'))).toEqual({}); // an editor may not approve anyway
  });

  it('four eyes is waived, and says so, for a FLASH', () => {
    const plan = planTransition({ ...inReview, priority: 'FLASH' }, 'approve', viewer('REVIEWER'));
    expect(plan).toMatchObject({ to: 'APPROVED', fourEyesWaived: true });
  });

  it('requesting changes and killing need a note', () => {
    expect(() => planTransition(inReview, 'requestChanges', viewer('REVIEWER', 'x'), { note: '  ' })).toThrow(/note/);
    const live = { status: 'PUBLISHED' as const, priority: 'ROUTINE' as const, lastEditorId: null, isLive: true };
    expect(() => planTransition(live, 'kill', viewer('REVIEWER'))).toThrow(/note/);
  });

  it('scheduling needs a time in the future', () => {
    const approved = { status: 'APPROVED' as const, priority: 'ROUTINE' as const, lastEditorId: null, isLive: false };
    expect(() => planTransition(approved, 'schedule', viewer('REVIEWER'), { at: new Date('2025-01-01'), now })).toThrow(/future/);
    expect(() => planTransition(approved, 'schedule', viewer('REVIEWER'), { now })).toThrow(/future/);
  });

  it('only a story with a live version can be killed from a pending update', () => {
    const draft = { status: 'DRAFT' as const, priority: 'ROUTINE' as const, lastEditorId: null, isLive: false };
    expect(() => planTransition(draft, 'kill', viewer('REVIEWER'), { note: 'x' })).toThrow(/published/);
    expect(planTransition({ ...draft, isLive: true }, 'kill', viewer('REVIEWER'), { note: 'x' }).to).toBe('KILLED');
  });

  it('spikes only a story readers never saw, from any working state, for everyone', () => {
    for (const status of STORY_STATUSES) {
      for (const role of ROLES) {
        const story = { status, priority: 'ROUTINE' as const, lastEditorId: null, isLive: false };
        if (SPIKABLE.includes(status)) expect(planTransition(story, 'spike', viewer(role)).to).toBe('SPIKED');
        else expect(() => planTransition(story, 'spike', viewer(role))).toThrow();
        if (SPIKABLE.includes(status)) expect(() => planTransition({ ...story, wasPublished: true }, 'spike', viewer(role))).toThrow(/kill it instead/);
      }
    }
  });

  it('Publish now: reviewers and admins publish a FLASH or URGENT story in one move from any working state; never a routine one, never an editor', () => {
    const working: StoryStatus[] = ['DRAFT', 'CHANGES_REQUESTED', 'IN_REVIEW', 'APPROVED'];
    for (const status of STORY_STATUSES) {
      for (const role of ROLES) {
        for (const priority of ['FLASH', 'URGENT', 'ROUTINE'] as const) {
          const story = { status, priority, lastEditorId: 'me', isLive: false };
          const allowed = working.includes(status) && role !== 'EDITOR' && priority !== 'ROUTINE';
          if (allowed) expect(planTransition(story, 'publishNow', viewer(role)).to).toBe('PUBLISHED');
          else expect(() => planTransition(story, 'publishNow', viewer(role))).toThrow();
        }
      }
    }
    expect(() => planTransition({ ...inReview, priority: 'ROUTINE' }, 'publishNow', viewer('REVIEWER'))).toThrow(/FLASH or URGENT/);
  });

  it('killed, scheduled and spiked stories are not editable; the form reads this from the table', () => {
    expect(STORY_STATUSES.filter((status) => !isEditable(status)).sort()).toEqual(['KILLED', 'SCHEDULED', 'SPIKED']);
  });

  it('lists only the buttons a viewer may use', () => {
    expect(availableActions(inReview, viewer('EDITOR'))).toEqual(['edit', 'spike']);
    expect(availableActions(inReview, viewer('REVIEWER'))).toEqual(['edit', 'requestChanges', 'publishNow', 'spike']);
    expect(availableActions(inReview, viewer('REVIEWER', 'other'))).toEqual(['edit', 'requestChanges', 'approve', 'publishNow', 'spike']);
    // The form offers "Publish now" only while the priority it shows is breaking.
    expect(offeredMoves(availableActions(inReview, viewer('REVIEWER', 'other')), 'ROUTINE')).toEqual(['edit', 'requestChanges', 'approve', 'spike']);
    expect(offeredMoves(availableActions(inReview, viewer('REVIEWER', 'other')), 'FLASH')).toContain('publishNow');
    expect(availableActions({ ...inReview, wasPublished: true }, viewer('EDITOR'))).toEqual(['edit']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Viewer } from '@/lib/auth/permissions';
import { PRIORITIES, ROLES, STORY_STATUSES, type Priority, type Role } from '@/lib/enums';
import {
  availableActions,
  changesWhatReadersSee,
  EFFECTS,
  findTransition,
  GUARDS,
  heldBackMoves,
  planTransition,
  TRANSITIONS,
  WORKFLOW_ACTIONS,
  type Effect,
  type WorkflowAction,
  type WorkflowStory,
} from './workflow';
import { stampsOf, type StampContext } from './workflow-stamps';

const row = (from: (typeof STORY_STATUSES)[number], action: WorkflowAction) => {
  const transition = findTransition(from, action);
  if (!transition) throw new Error(`no ${from} --${action}-->`);
  return transition;
};
const rowsOf = (action: WorkflowAction) => TRANSITIONS.filter((t) => t.action === action);

describe('the transition table declares each move', () => {
  it('names only known guards and effects, each once, effects in the order they run', () => {
    for (const t of TRANSITIONS) {
      for (const guard of t.guards) expect(GUARDS[guard], `${t.from} ${t.action}: ${guard}`).toBeDefined();
      expect(new Set(t.guards).size).toBe(t.guards.length);
      for (const effect of t.effects) expect(EFFECTS, `${t.from} ${t.action}: ${effect}`).toContain(effect);
      const positions = t.effects.map((effect) => EFFECTS.indexOf(effect));
      expect(positions, `${t.from} ${t.action}`).toEqual([...positions].sort((a, b) => a - b));
      expect(new Set(t.effects).size).toBe(t.effects.length);
    }
  });

  it('has one row per state and action', () => {
    const keys = TRANSITIONS.map((t) => `${t.from} ${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('publish checks the stored text, readiness and images and writes the publication; from a schedule it cancels the job', () => {
    for (const t of [...rowsOf('publish'), ...rowsOf('publishNow')]) {
      expect(t.effects).toEqual(
        expect.arrayContaining<Effect>([
          'checkStored',
          'checkReady',
          'checkImages',
          'checkSuggestions',
          'stampPublished',
          'writePublication',
          'scheduleEmbargoLift',
        ]),
      );
      expect(t.notify).toBe('published');
      expect(changesWhatReadersSee(t)).toBe(true);
    }
    expect(row('SCHEDULED', 'publish').effects).toContain('cancelSchedule');
    expect(row('APPROVED', 'publish').effects).not.toContain('cancelSchedule');
    for (const t of rowsOf('publishNow')) expect(t.effects).toContain('noteWithoutReview');
    expect(row('APPROVED', 'publish').effects).not.toContain('noteWithoutReview');
  });

  it('kill requires a note, withdraws the publication and tells the author', () => {
    expect(rowsOf('kill')).toHaveLength(5);
    for (const t of rowsOf('kill')) {
      expect(t.guards[0]).toBe('noteRequired');
      expect(t.effects).toEqual(['stampKilled', 'killPublication']);
      expect(t.notify).toBe('killed');
      expect(changesWhatReadersSee(t)).toBe(true);
    }
    expect(row('PUBLISHED', 'kill').guards).toEqual(['noteRequired']);
  });

  it('submit checks the stored text and readiness, not images, and stamps the time', () => {
    for (const t of rowsOf('submit')) {
      expect(t.effects).toEqual(['checkStored', 'checkReady', 'stampSubmitted']);
      expect(t.notify).toBeUndefined();
    }
  });

  it('only publishing and killing change what readers see; the author is told of the moves they were told of before', () => {
    const publicMoves = new Set(TRANSITIONS.filter(changesWhatReadersSee).map((t) => t.action));
    expect([...publicMoves].sort()).toEqual(['kill', 'publish', 'publishNow']);
    const verbs = Object.fromEntries(TRANSITIONS.filter((t) => t.notify).map((t) => [t.action, t.notify]));
    expect(verbs).toEqual({
      requestChanges: 'sent back',
      approve: 'approved',
      schedule: 'scheduled',
      publish: 'published',
      publishNow: 'published',
      kill: 'killed',
    });
    for (const t of rowsOf('edit')) expect(t.effects).toEqual([]);
  });
});

describe('the stamps a move puts on the story row', () => {
  const now = new Date('2026-03-01T10:00:00Z');
  const at = new Date('2026-03-02T10:00:00Z');
  const first = new Date('2025-01-01T00:00:00Z');
  const move = (firstPublishedAt: Date | null): StampContext => ({
    story: { firstPublishedAt, priority: 'ROUTINE' },
    viewer: { name: 'Me' },
    input: { at },
    now,
  });
  const expected: [(typeof STORY_STATUSES)[number], WorkflowAction, object][] = [
    ['DRAFT', 'submit', { submittedAt: now }],
    ['IN_REVIEW', 'approve', { approvedAt: now }],
    ['IN_REVIEW', 'requestChanges', {}],
    ['APPROVED', 'schedule', { scheduledAt: at }],
    ['SCHEDULED', 'unschedule', { scheduledAt: null }],
    ['APPROVED', 'publish', { publishedAt: now, firstPublishedAt: now, scheduledAt: null }],
    ['SCHEDULED', 'publish', { publishedAt: now, firstPublishedAt: now, scheduledAt: null }],
    ['DRAFT', 'publishNow', { publishedAt: now, firstPublishedAt: now, scheduledAt: null }],
    ['PUBLISHED', 'kill', { killedAt: now }],
    ['DRAFT', 'spike', { spikedAt: now }],
    ['SPIKED', 'unspike', { spikedAt: null }],
  ];
  for (const [from, action, stamps] of expected) {
    it(`${from} --${action}--> stamps ${JSON.stringify(stamps)}`, () => expect(stampsOf(row(from, action), move(null))).toEqual(stamps));
  }
  it('a story published before keeps its first publication time', () => {
    expect(stampsOf(row('APPROVED', 'publish'), move(first))).toEqual({ publishedAt: now, firstPublishedAt: first, scheduledAt: null });
  });
});

describe('availableActions agrees with planTransition', () => {
  const now = new Date('2026-01-01T12:00:00Z');
  // An input that satisfies the guards on the move's input: a note, a future time, and for
  // "Publish now" a breaking priority chosen on the form (it saves before moving).
  const satisfying = { note: 'because', at: new Date('2026-01-02T12:00:00Z'), now };
  const onTheForm = (story: WorkflowStory, action: WorkflowAction): WorkflowStory =>
    action === 'publishNow' && story.priority !== 'FLASH' && story.priority !== 'URGENT' ? { ...story, priority: 'URGENT' } : story;
  const editors = [null, 'me', 'other'];
  const shapes: WorkflowStory[] = [];
  for (const priority of PRIORITIES as Priority[]) {
    for (const [isLive, wasPublished] of [
      [false, false],
      [false, true],
      [true, true],
    ] as const) {
      for (const lastEditorId of editors) {
        for (const textEditorId of [undefined, ...editors])
          shapes.push({ status: 'DRAFT', priority, isLive, wasPublished, lastEditorId, textEditorId, smallEditChars: 3 });
      }
    }
  }

  for (const status of STORY_STATUSES) {
    for (const role of ROLES as Role[]) {
      it(`${role} on a ${status} story, over ${shapes.length} story shapes`, () => {
        const viewer: Viewer = { id: 'me', role, name: role, email: `${role}@x` };
        for (const shape of shapes) {
          const story = { ...shape, status };
          const listed = availableActions(story, viewer);
          const held = heldBackMoves(story, viewer);
          for (const action of WORKFLOW_ACTIONS) {
            const label = `${action} on ${JSON.stringify(story)}`;
            let refusal: unknown = null;
            try {
              planTransition(onTheForm(story, action), action, viewer, satisfying);
            } catch (error) {
              refusal = error;
            }
            expect(listed.includes(action), label).toBe(refusal === null);
            // A move held back with a reason is one planTransition refuses with those very words.
            if (held[action]) expect((refusal as Error).message, label).toBe(held[action]);
          }
          expect(
            Object.keys(held).every((action) => action === 'approve'),
            JSON.stringify(held),
          ).toBe(true);
        }
      });
    }
  }
});

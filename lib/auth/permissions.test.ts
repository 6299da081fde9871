import { describe, expect, it } from 'vitest';
import { type AppError } from '@/lib/errors';
import { ACTIONS, assertCan, can, PERMISSIONS } from './permissions';
import { ROLES, type Role } from '@/lib/enums';

// The specification, written out independently of the matrix: who may do what.
const EVERYONE: Role[] = ['EDITOR', 'REVIEWER', 'ADMIN'];
const REVIEWERS: Role[] = ['REVIEWER', 'ADMIN'];
const ADMINS: Role[] = ['ADMIN'];
const EXPECTED: Record<string, Role[]> = {
  'desk.view': EVERYONE,
  'story.create': EVERYONE,
  'story.edit': EVERYONE,
  'story.submit': EVERYONE,
  'story.review': REVIEWERS,
  'story.approve': REVIEWERS,
  'story.publish': REVIEWERS,
  'story.kill': REVIEWERS,
  'story.spike': EVERYONE,
  'story.restoreRevision': EVERYONE,
  'story.decideSuggestion': EVERYONE,
  'story.translate': EVERYONE,
  'comment.create': EVERYONE,
  'comment.resolve': EVERYONE,
  'asset.upload': EVERYONE,
  'tag.create': EVERYONE,
  'tag.edit': EVERYONE,
  'tag.merge': REVIEWERS,
  'tag.delete': REVIEWERS,
  'topic.manage': EVERYONE,
  'section.manage': ADMINS,
  'contributor.manage': REVIEWERS,
  'wire.use': EVERYONE,
  'wire.ingest': ADMINS,
  'user.manage': ADMINS,
  'apikey.manage': ADMINS,
  'audit.viewAll': ADMINS,
  // Planning: everyone sees the calendar and the budget; reviewers and admins plan and assign;
  // an editor starts the story of a coverage given to them (the ownership rule is in lib/planning/access.ts).
  'planning.view': EVERYONE,
  'planning.plan': REVIEWERS,
  'planning.assign': REVIEWERS,
  'coverage.start': EVERYONE,
  'webhook.manage': ADMINS,
  'live.post': EVERYONE,
  'live.publish': REVIEWERS,
  'system.view': ADMINS,
};

describe('permission matrix', () => {
  it('covers exactly the specified actions', () => {
    expect([...ACTIONS].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect(Object.keys(PERMISSIONS).sort()).toEqual([...ACTIONS].sort());
  });

  for (const action of ACTIONS) {
    for (const role of ROLES) {
      const allowed = EXPECTED[action]!.includes(role);
      it(`${role} ${allowed ? 'may' : 'may not'} ${action}`, () => {
        const viewer = { id: 'u1', role, name: 'n', email: 'e@x' };
        expect(can(viewer, action)).toBe(allowed);
        if (allowed) expect(() => assertCan(viewer, action)).not.toThrow();
        else expect(() => assertCan(viewer, action)).toThrowError(expect.objectContaining({ code: 'FORBIDDEN' }) as unknown as AppError);
      });
    }
  }

  it('refuses everything without a viewer', () => {
    for (const action of ACTIONS) {
      expect(can(null, action)).toBe(false);
      expect(() => assertCan(null, action)).toThrowError(/sign in/i);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { COALESCE_WINDOW_MS, shouldCoalesce } from './revision-policy';

const t0 = new Date('2026-01-01T10:00:00Z');
const last = { authorId: 'a', reason: 'AUTOSAVE', createdAt: t0, status: 'DRAFT' };
const at = (ms: number) => new Date(t0.getTime() + ms);

describe('revision coalescing', () => {
  it('folds saves by the same author within the window', () => {
    expect(shouldCoalesce(last, { authorId: 'a', status: 'DRAFT', now: at(60_000) })).toBe(true);
    expect(shouldCoalesce({ ...last, reason: 'SAVE' }, { authorId: 'a', status: 'DRAFT', now: at(60_000) })).toBe(true);
  });
  it('starts a new revision after the window, for another author, a status change or after a restore', () => {
    expect(shouldCoalesce(last, { authorId: 'a', status: 'DRAFT', now: at(COALESCE_WINDOW_MS) })).toBe(false);
    expect(shouldCoalesce(last, { authorId: 'b', status: 'DRAFT', now: at(1000) })).toBe(false);
    expect(shouldCoalesce(last, { authorId: 'a', status: 'IN_REVIEW', now: at(1000) })).toBe(false);
    expect(shouldCoalesce({ ...last, reason: 'STATUS_CHANGE' }, { authorId: 'a', status: 'DRAFT', now: at(1000) })).toBe(false);
    expect(shouldCoalesce({ ...last, reason: 'RESTORE' }, { authorId: 'a', status: 'DRAFT', now: at(1000) })).toBe(false);
    expect(shouldCoalesce(null, { authorId: 'a', status: 'DRAFT', now: at(1000) })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { listShortcutOf, movedRow } from '@/components/desk/stories/list-shortcuts';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
});

describe('desk list shortcuts', () => {
  it('reads j, k and ? outside text fields only, and never with a modifier', () => {
    expect(listShortcutOf(key('j'), false)).toBe('next');
    expect(listShortcutOf(key('k'), false)).toBe('previous');
    expect(listShortcutOf(key('?'), false)).toBe('help');
    expect(listShortcutOf(key('j'), true)).toBeNull();
    expect(listShortcutOf(key('j', { ctrlKey: true }), false)).toBeNull();
    expect(listShortcutOf(key('k', { metaKey: true }), false)).toBeNull();
    expect(listShortcutOf(key('Enter'), false)).toBeNull();
  });

  it('moves within the list and stops at its ends', () => {
    expect(movedRow(null, 'next', 3)).toBe(0);
    expect(movedRow(null, 'previous', 3)).toBe(2);
    expect(movedRow(0, 'next', 3)).toBe(1);
    expect(movedRow(2, 'next', 3)).toBe(2);
    expect(movedRow(0, 'previous', 3)).toBe(0);
    expect(movedRow(null, 'next', 0)).toBeNull();
  });
});

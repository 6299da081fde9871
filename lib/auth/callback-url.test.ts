import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from './callback-url';

describe('sign-in callbackUrl', () => {
  it.each([
    ['/desk', '/desk'],
    ['/desk/stories/abc?tab=history#x', '/desk/stories/abc?tab=history#x'],
    ['/desk/../desk/review', '/desk/review'],
  ])('keeps the same-origin path %s', (input, expected) => expect(safeCallbackPath(input)).toBe(expected));

  it.each([
    'https://evil.example/',
    '//evil.example/desk',
    '/\\evil.example',
    '/..//evil.example',
    '/.//evil.example',
    '/desk/../..//evil.example',
    '/%2F%2Fevil.example',
    '/%5Cevil.example',
    'javascript:alert(1)',
    'desk',
    '',
    null,
    42,
    '/'.padEnd(3000, 'a'),
  ])('refuses %s', (input) => expect(safeCallbackPath(input)).toBe('/desk'));
});

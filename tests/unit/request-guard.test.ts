import { describe, expect, it } from 'vitest';
import { guardRequest } from '../../scripts/lib/request-guard';

describe('the front server refuses', () => {
  it.each(['/search?q=%00', '/desk/tags?q=a%00b', '/api/v1/stories?cursor=%00', '/desk/audit?action=%07', '/news/a%00b'])(
    'a control character in %s with 400',
    (url) => {
      expect(guardRequest('GET', url, {}, 'localhost:3000')?.status).toBe(400);
    },
  );

  it('a malformed escape with 400', () => {
    expect(guardRequest('GET', '/news/%E0%A4%A', {}, 'localhost:3000')).toEqual({ status: 400, message: expect.stringMatching(/malformed/) });
  });

  it('a Server Action from another origin with 403, and lets a same-origin one through', () => {
    const action = { 'next-action': 'abc' };
    expect(guardRequest('POST', '/login', { ...action, origin: 'https://evil.example' }, 'localhost:3000')?.status).toBe(403);
    expect(guardRequest('POST', '/login', { ...action, origin: 'null' }, 'localhost:3000')?.status).toBe(403);
    expect(guardRequest('POST', '/login', { ...action, origin: 'http://localhost:3000' }, 'localhost:3000')).toBeNull();
  });

  it('nothing ordinary', () => {
    expect(guardRequest('GET', '/search?q=AT%26T+%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0', {}, 'h')).toBeNull();
    expect(guardRequest('GET', '/search?q=line%0Abreak%09tab', {}, 'h')).toBeNull();
  });
});

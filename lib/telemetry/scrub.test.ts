import { describe, expect, it } from 'vitest';
import { scrubSecrets } from './scrub';

describe('scrubSecrets', () => {
  it.each([
    ['connect ECONNREFUSED postgresql://newsroom:s3cret@db.internal:5432/newsroom', 'postgresql://newsroom:[redacted]@db.internal:5432/newsroom'],
    ['smtp failed: smtps://desk:hunter2@mail.example:465', 'smtps://desk:[redacted]@mail.example:465'],
    ['headers: cookie: authjs.session-token=eyJhbGciOi.abc; newsroom-device=xyz.abc.def', 'cookie: [redacted]'],
    ['set-cookie=authjs.session-token=abc', 'set-cookie=[redacted]'],
    ['sent authjs.session-token=eyJhbGciOiJkaXIifQ..abc in a URL', 'authjs.session-token=[redacted]'],
    ['__Secure-authjs.session-token=abc123;', '__Secure-authjs.session-token=[redacted];'],
    ['device newsroom-device=AbC.ZGVza0BuZXdzcm9vbS50ZXN0.sig', 'newsroom-device=[redacted]'],
    ['Authorization: Bearer nr_abcdefghijklmnop', 'Authorization: [redacted]'],
    ['called with bearer abcdefghijklmnopqrstuvwxyz', 'bearer [redacted]'],
    ['/api?token=abc123&x=1', 'token=[redacted]&x=1'],
    ['{"password":"correct horse"}', '"password":"[redacted]"'],
  ])('%s', (input, expected) => {
    const out = scrubSecrets(input);
    expect(out).toContain(expected);
    for (const secret of [
      's3cret',
      'hunter2',
      'eyJhbGciOi',
      'xyz.abc.def',
      'ZGVza0BuZXdzcm9vbS50ZXN0',
      'nr_abcdefghijklmnop',
      'abcdefghijklmnopqrstuvwxyz',
      'abc123',
      'correct horse',
    ]) {
      expect(out).not.toContain(secret);
    }
  });

  it('leaves ordinary text alone', () => {
    const text = '[cache] varnish purge of story:putin-talks home failed: 503 (http://varnish:6081/)';
    expect(scrubSecrets(text)).toBe(text);
  });
});

import { describe, expect, it } from 'vitest';
import { clientAddress, trustedProxies } from '../../scripts/lib/client-address';

describe('client address', () => {
  const none = trustedProxies('');
  const lb = trustedProxies('10.0.0.0/8, 192.168.1.5 ::1');

  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress('203.0.113.9', '1.2.3.4', none)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, none)).toBe('203.0.113.9');
  });

  it('takes the right-most untrusted hop behind trusted proxies', () => {
    expect(clientAddress('10.1.2.3', '198.51.100.7', lb)).toBe('198.51.100.7');
    // the client wrote 6.6.6.6 itself; our proxy appended the real peer
    expect(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.7', lb)).toBe('198.51.100.7');
    expect(clientAddress('10.1.2.3', '6.6.6.6, 198.51.100.7, 192.168.1.5', lb)).toBe('198.51.100.7');
    expect(clientAddress('::1', ['198.51.100.7'], lb)).toBe('198.51.100.7');
  });

  it('stops at a hop that is not an address', () => {
    expect(clientAddress('10.1.2.3', 'garbage', lb)).toBe('10.1.2.3');
  });

  it('refuses a malformed configuration loudly', () => {
    expect(() => trustedProxies('not-an-ip')).toThrow(/NEWSROOM_TRUSTED_PROXIES/);
  });
});

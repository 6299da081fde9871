import { describe, expect, it } from 'vitest';
import { routeGroup } from './route-group';

describe('routeGroup', () => {
  it.each([
    ['/', {}, 'public'],
    ['/news/some-story?utm=1', {}, 'public'],
    ['/rss.xml', {}, 'public'],
    ['/desk', {}, 'desk'],
    ['/desk/stories/abc', {}, 'desk'],
    ['/preview/abc', {}, 'desk'],
    ['/desk/stories/abc', { 'next-action': 'f00' }, 'action'],
    ['/api/v1/stories', {}, 'api'],
    ['/api/v1/ingest', {}, 'ingest'],
    ['/api/auth/session', {}, 'auth'],
    ['/login?callbackUrl=%2Fdesk', {}, 'auth'],
    ['/media/abc/640.webp', {}, 'media'],
    ['/live/events?story=x', {}, 'live'],
    ['/collab', {}, 'collab'],
    ['/_next/static/chunks/app.js', {}, 'static'],
    ['/healthz', {}, 'ops'],
    ['/readyz', {}, 'ops'],
    ['/metrics', {}, 'ops'],
    ['/metricsx', {}, 'public'],
    ['/desktop-news', {}, 'public'],
  ] as const)('%s %o → %s', (url, headers, group) => {
    expect(routeGroup(url, headers)).toBe(group);
  });
});

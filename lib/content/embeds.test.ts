import { describe, expect, it } from 'vitest';
import { embedOfAttrs, parseEmbed } from './embeds';

describe('the embed allowlist', () => {
  it.each([
    [
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s',
      'youtube',
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'https://youtu.be/dQw4w9WgXcQ?si=abc',
      'youtube',
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'https://m.youtube.com/shorts/dQw4w9WgXcQ',
      'youtube',
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    [
      'https://www.youtube.com/embed/dQw4w9WgXcQ',
      'youtube',
      'dQw4w9WgXcQ',
      'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
      'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    ],
    ['https://vimeo.com/76979871', 'vimeo', '76979871', 'https://vimeo.com/76979871', 'https://player.vimeo.com/video/76979871?dnt=1'],
    [
      'https://twitter.com/tass_agency/status/1734567890123456789?s=20',
      'x',
      'tass_agency/1734567890123456789',
      'https://x.com/tass_agency/status/1734567890123456789',
      'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1734567890123456789',
    ],
    [
      'https://x.com/tass_agency/status/1734567890123456789',
      'x',
      'tass_agency/1734567890123456789',
      'https://x.com/tass_agency/status/1734567890123456789',
      'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1734567890123456789',
    ],
    ['https://t.me/tass_agency/123456', 'telegram', 'tass_agency/123456', 'https://t.me/tass_agency/123456', 'https://t.me/tass_agency/123456?embed=1'],
    [
      'https://www.instagram.com/p/C0abcDEF123/?igsh=x',
      'instagram',
      'p/C0abcDEF123',
      'https://www.instagram.com/p/C0abcDEF123/',
      'https://www.instagram.com/p/C0abcDEF123/embed/',
    ],
    [
      'https://instagram.com/reel/C0abcDEF123',
      'instagram',
      'reel/C0abcDEF123',
      'https://www.instagram.com/reel/C0abcDEF123/',
      'https://www.instagram.com/reel/C0abcDEF123/embed/',
    ],
    [
      'https://www.facebook.com/tass.agency/posts/1234567890',
      'facebook',
      'tass.agency/posts/1234567890',
      'https://www.facebook.com/tass.agency/posts/1234567890',
      'https://www.facebook.com/plugins/post.php?href=https%3A%2F%2Fwww.facebook.com%2Ftass.agency%2Fposts%2F1234567890',
    ],
    [
      'https://www.facebook.com/watch/?v=987654321',
      'facebook',
      'watch/987654321',
      'https://www.facebook.com/watch/?v=987654321',
      'https://www.facebook.com/plugins/video.php?href=https%3A%2F%2Fwww.facebook.com%2Fwatch%2F%3Fv%3D987654321',
    ],
    [
      'https://www.tiktok.com/@tass.news/video/7312345678901234567',
      'tiktok',
      '@tass.news/7312345678901234567',
      'https://www.tiktok.com/@tass.news/video/7312345678901234567',
      'https://www.tiktok.com/embed/v2/7312345678901234567',
    ],
    [
      'https://www.google.com/maps/place/Red+Square/@55.7539,37.6208,17z/data=!3m1',
      'googlemaps',
      '55.7539,37.6208,17',
      'https://www.google.com/maps/@55.7539,37.6208,17z',
      'https://www.google.com/maps?q=55.7539,37.6208&z=17&output=embed',
    ],
    [
      'https://www.openstreetmap.org/#map=12/55.7558/37.6173',
      'openstreetmap',
      '12/55.7558/37.6173',
      'https://www.openstreetmap.org/#map=12/55.7558/37.6173',
      'https://www.openstreetmap.org/export/embed.html?bbox=37.573355,55.733827,37.661245,55.777773&layer=mapnik&marker=55.7558,37.6173',
    ],
    ['https://datawrapper.dwcdn.net/aB3dE/2/', 'datawrapper', 'aB3dE', 'https://datawrapper.dwcdn.net/aB3dE/', 'https://datawrapper.dwcdn.net/aB3dE/'],
    ['https://www.datawrapper.de/_/aB3dE/', 'datawrapper', 'aB3dE', 'https://datawrapper.dwcdn.net/aB3dE/', 'https://datawrapper.dwcdn.net/aB3dE/'],
    [
      'https://public.flourish.studio/visualisation/16123456/',
      'flourish',
      'visualisation/16123456',
      'https://public.flourish.studio/visualisation/16123456/',
      'https://flo.uri.sh/visualisation/16123456/embed',
    ],
  ])('reads %s', (input, provider, id, url, player) => {
    expect(parseEmbed(input)).toEqual({ provider, id, url, player });
    // The canonical address reads back as the same embed.
    expect(parseEmbed(url)).toEqual({ provider, id, url, player });
  });

  it.each([
    'https://youtube.com.evil.net/watch?v=dQw4w9WgXcQ',
    'https://evilyoutube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com.:443/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com./watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ',
    'https://user:pass@www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.youtube.com@evil.net/watch?v=dQw4w9WgXcQ',
    'https://evil.net\\@www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://evil.net/https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'javascript:alert(1)//https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'JaVaScRiPt://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'data:text/html,<script>alert(1)</script>',
    '//www.youtube.com/watch?v=dQw4w9WgXcQ',
    'ftp://vimeo.com/76979871',
    'https://www.youtube.com/watch?v=dQw4w9WgXc',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ"><script>',
    'https://www.youtube.com/watch?v=%22onload%3D',
    'https://www.youtube.com/embed/dQw4w9WgXcQ/../../evil',
    'https://www.youtube.com/embed/..%2F..%2Fevil',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ with words',
    'htt\tps://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://www.you\ntube.com/watch?v=dQw4w9WgXcQ',
    'https://www.xn--yutube-wqf.com/watch?v=dQw4w9WgXcQ',
    'https://www.yоutube.com/watch?v=dQw4w9WgXcQ',
    'https://vimeo.com/channels/staffpicks',
    'https://x.com/home',
    'https://x.com/a/status/12/photo/1',
    'https://t.me/+invitelink',
    'https://t.me/s/tass_agency/1',
    'https://www.facebook.com/login.php',
    'https://www.facebook.com/plugins/post.php?href=https://evil.net',
    'https://www.google.com/search?q=maps',
    'https://www.google.com/maps/@95.1,37.6,17z',
    'https://www.openstreetmap.org/#map=12/55.7558/37.6173&evil',
    'https://datawrapper.dwcdn.net/aB3dE/../../x',
    'https://example.com/',
    '',
    ' ',
  ])('leaves %s a link', (input) => {
    expect(parseEmbed(input)).toBeNull();
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [
      null,
      undefined,
      42,
      {},
      [],
      Symbol('x'),
      'https://%',
      'https://www.youtube.com/embed/%E0%A4%A',
      'https://[::1]/',
      'https://www.youtube.com/\uD800',
      '\u0000',
    ];
    for (const input of odd) expect(() => parseEmbed(input)).not.toThrow();
    expect(parseEmbed(`https://www.youtube.com/watch?v=dQw4w9WgXcQ&x=${'a'.repeat(3000)}`)).toBeNull();
    for (let i = 0; i < 2_000; i++) {
      const chars = Array.from({ length: 40 }, () => String.fromCharCode(Math.floor(Math.random() * 0x3000)));
      const input = `https://www.youtube.com/${chars.join('')}`;
      expect(() => parseEmbed(input)).not.toThrow();
    }
  });

  it('takes a stored node only when its address re-parses to the provider and id it claims', () => {
    const url = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
    expect(embedOfAttrs({ provider: 'youtube', id: 'dQw4w9WgXcQ', url, caption: 'Talks' })?.player).toBe('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ');
    expect(embedOfAttrs({ provider: 'vimeo', id: 'dQw4w9WgXcQ', url })).toBeNull();
    expect(embedOfAttrs({ provider: 'youtube', id: 'aaaaaaaaaaa', url })).toBeNull();
    expect(embedOfAttrs({ provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'https://evil.net/embed/dQw4w9WgXcQ' })).toBeNull();
    expect(embedOfAttrs({ provider: 'iframe', id: 'x', url: 'https://evil.net/' })).toBeNull();
    expect(embedOfAttrs({ provider: 'youtube', id: 'dQw4w9WgXcQ', url, caption: 'x'.repeat(501) })).toBeNull();
    expect(embedOfAttrs({ provider: 'youtube', id: 'dQw4w9WgXcQ', url, caption: { evil: 1 } })).toBeNull();
    expect(embedOfAttrs(null)).toBeNull();
  });
});

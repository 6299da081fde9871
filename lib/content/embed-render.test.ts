import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import type { NextConfig } from 'next';
import type { TDocNode } from './document';
import { EMBED_FRAME_HOSTS, parseEmbed } from './embeds';
import { renderBodyHtml } from './render-html';
import { validateBody } from './validate';

const YOUTUBE = 'https://www.youtube.com/watch?v=dQw4w9WgXcQ';
const embed = (attrs: Record<string, unknown>): TDocNode => ({ type: 'doc', content: [{ type: 'embed', attrs }] });
const youtube = (caption: string) => embed({ provider: 'youtube', id: 'dQw4w9WgXcQ', url: YOUTUBE, caption });

/** Held-out style payloads: markup, attribute breakouts, script URLs, entity tricks. */
const XSS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "';alert(String.fromCharCode(88,83,83))//",
  '</figcaption><iframe src=javascript:alert(1)>',
  '&lt;script&gt;',
  'javascript:alert(1)',
  '" target="_top',
];

/** Every element a browser would build from the HTML, with its attributes, and the text it shows. */
function parse(html: string) {
  const elements: { tag: string; attrs: Record<string, string> }[] = [];
  let text = '';
  new Parser(
    {
      onopentag: (tag, attrs) => elements.push({ tag, attrs }),
      ontext: (t) => {
        text += t;
      },
    },
    { decodeEntities: true },
  ).end(html);
  return { elements, text };
}

const SAFE_TAGS = new Set(['figure', 'iframe', 'p', 'a', 'figcaption']);

describe('an embed in the body', () => {
  it('is a click-to-load placeholder on a reader page: an empty sandboxed frame, a link that loads the player into it, and one to the post', () => {
    const html = renderBodyHtml(youtube('Talks in Moscow'), { embedPlaceholders: true });
    expect(html).toBe(
      '<figure class="embed" data-provider="youtube">' +
        '<iframe name="embed-1" title="YouTube content" src="about:blank" sandbox="allow-scripts allow-same-origin allow-popups allow-presentation" allow="fullscreen; picture-in-picture; encrypted-media" class="embed-frame"></iframe>' +
        '<p class="embed-actions"><a href="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" target="embed-1" class="embed-load">Load YouTube content</a> ' +
        `<a href="${YOUTUBE}" rel="noopener noreferrer nofollow" class="embed-open">Open on YouTube</a></p>` +
        '<figcaption>Talks in Moscow</figcaption></figure>',
    );
    expect(html).not.toMatch(/<script|src="https?:/);
  });

  it('names each frame by its place, so each load link fills its own', () => {
    const doc: TDocNode = {
      type: 'doc',
      content: [
        youtube('a').content![0]!,
        {
          type: 'embed',
          attrs: { provider: 'openstreetmap', id: '12/55.7558/37.6173', url: 'https://www.openstreetmap.org/#map=12/55.7558/37.6173', caption: '' },
        },
      ],
    };
    const html = renderBodyHtml(doc, { embedPlaceholders: true });
    expect(html).toContain('name="embed-1"');
    expect(html).toContain('target="embed-2" class="embed-load">Load OpenStreetMap content</a>');
    expect(html.match(/src="([^"]*)"/g)).toEqual(['src="about:blank"', 'src="about:blank"']);
  });

  it('is a link to the canonical address with its caption in feeds and exports', () => {
    expect(renderBodyHtml(youtube('Talks'))).toBe(`<p><a href="${YOUTUBE}" rel="noopener noreferrer nofollow">YouTube: Talks</a></p>`);
    expect(renderBodyHtml(youtube(''))).toBe(`<p><a href="${YOUTUBE}" rel="noopener noreferrer nofollow">YouTube: ${YOUTUBE}</a></p>`);
  });

  it('is dropped when forged: a player address that is not the one its provider and id give', () => {
    const forged = [
      { provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'https://evil.example/embed/dQw4w9WgXcQ' },
      { provider: 'vimeo', id: 'dQw4w9WgXcQ', url: YOUTUBE },
      { provider: 'youtube', id: 'other', url: YOUTUBE },
      { provider: 'iframe', id: 'x', url: 'javascript:alert(1)' },
      { provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'javascript:alert(1)//www.youtube.com/watch?v=dQw4w9WgXcQ' },
    ];
    for (const attrs of forged) {
      expect(renderBodyHtml(embed(attrs), { embedPlaceholders: true })).toBe('');
      expect(renderBodyHtml(embed(attrs))).toBe('');
      expect(() => validateBody(embed(attrs))).toThrow(/provider the newsroom allows/);
    }
  });

  it('is stored when its address re-parses to its provider and id, its caption normalised', () => {
    const saved = validateBody(youtube('Talks\u0007 in\nMoscow'));
    expect(saved.content?.[0]).toEqual({ type: 'embed', attrs: { provider: 'youtube', id: 'dQw4w9WgXcQ', url: YOUTUBE, caption: 'Talks in Moscow' } });
  });

  it.each(XSS)('keeps a hostile caption as text in every rendering: %s', (payload) => {
    validateBody(youtube(payload));
    for (const html of [renderBodyHtml(youtube(payload), { embedPlaceholders: true }), renderBodyHtml(youtube(payload))]) {
      const { elements, text } = parse(html);
      expect(elements.every((e) => SAFE_TAGS.has(e.tag))).toBe(true);
      expect(elements.flatMap((e) => Object.keys(e.attrs)).filter((name) => name.startsWith('on'))).toEqual([]);
      expect(elements.filter((e) => e.tag === 'iframe').map((e) => e.attrs.src)).toEqual(html.includes('<iframe') ? ['about:blank'] : []);
      expect(elements.filter((e) => e.tag === 'a').map((e) => e.attrs.target ?? '')).not.toContain('_top');
      expect(text).toContain(payload);
    }
  });

  it.each(XSS)('never makes an embed of a hostile address: %s', (payload) => {
    expect(parseEmbed(payload)).toBeNull();
    // Whatever follows an address, an embed is only ever its own canonical address and player.
    const suffixed = parseEmbed(`${YOUTUBE}${payload}`);
    if (suffixed) expect(suffixed).toEqual(parseEmbed(YOUTUBE));
    const stored = embed({ provider: 'youtube', id: 'dQw4w9WgXcQ', url: `${YOUTUBE}${payload}` });
    const links = [renderBodyHtml(stored), renderBodyHtml(stored, { embedPlaceholders: true })]
      .flatMap((html) => parse(html).elements)
      .filter((e) => e.tag === 'a')
      .map((e) => e.attrs.href);
    for (const href of links) expect([YOUTUBE, 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ']).toContain(href);
  });

  it('may be framed on public pages from exactly the players of the allowlist, and nowhere on the desk', async () => {
    // The configuration is plain JavaScript (Next reads it untyped); its type is Next's own.
    const { default: nextConfig } = (await import('../../next.config.js' as string)) as { default: NextConfig };
    const rules = await nextConfig.headers!();
    const policyOf = (source: string) => rules.find((rule) => rule.source === source)?.headers.find((h) => h.key === 'Content-Security-Policy')?.value ?? '';
    const frameSrc = (policy: string) => /frame-src ([^;]*)/.exec(policy)?.[1]?.split(' ');
    expect(frameSrc(policyOf('/:path((?!media/).*)'))).toEqual(["'self'", ...EMBED_FRAME_HOSTS]);
    expect(frameSrc(policyOf('/desk/:path*'))).toEqual(["'self'"]);
    // Every player the allowlist makes loads from one of those hosts.
    const players = [
      'https://youtu.be/dQw4w9WgXcQ',
      'https://vimeo.com/1',
      'https://x.com/a/status/1',
      'https://t.me/tass_agency/1',
      'https://www.instagram.com/p/C0abcDEF123/',
      'https://www.facebook.com/a/posts/1',
      'https://www.tiktok.com/@ab/video/1',
      'https://www.google.com/maps/@1,2,3z',
      'https://www.openstreetmap.org/#map=3/1/2',
      'https://datawrapper.dwcdn.net/aB3dE/',
      'https://public.flourish.studio/story/1/',
    ];
    const origins = players.map((url) => new URL(parseEmbed(url)!.player).origin);
    expect(new Set(origins)).toEqual(new Set(EMBED_FRAME_HOSTS));
  });
});

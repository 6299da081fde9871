import { describe, expect, it } from 'vitest';
import { staticPage } from './static-html';

// The shape of a Next.js 16 page (turbopack build), cut down.
const page = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<link rel="stylesheet" href="/_next/static/chunks/37-a.css" data-precedence="next"/>
<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/3y7.js"/>
<script src="/_next/static/chunks/0c1.js" async=""></script>
<script src="/_next/static/chunks/poly.js" noModule=""></script>
<title>Story</title><meta name="surrogate-key" content="story:a story:b~2Fc"/>
<link rel="canonical" href="https://example.com/news/a"/>
</head><body><p>Text &lt;script src=&quot;/_next/evil.js&quot;&gt;&lt;/script&gt; stays text</p>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003c/script>"}</script>
<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":[]})</script>
<script>(self.__next_f=self.__next_f||[]).push([0])</script><script>self.__next_f.push([1,"1:\\u003cscript\\u003e"])</script>
<script>$RC=function(){};$RC("B:0","S:0")</script>
</body></html>`;

describe('a public page without hydration', () => {
  const { html, keys } = staticPage(page);

  it('drops the framework scripts, the flight data and script preloads', () => {
    expect(html).not.toContain('/_next/static/chunks/0c1.js');
    expect(html).not.toContain('poly.js');
    expect(html).not.toContain('3y7.js');
    expect(html).not.toContain('__next_f');
    expect(html).not.toContain('TURBOPACK');
  });

  it('keeps the stylesheet, metadata, JSON-LD, a streamed boundary swap and the text', () => {
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/37-a.css"');
    expect(html).toContain('<link rel="canonical"');
    expect(html).toContain('<script type="application/ld+json">{"@type":"NewsArticle"');
    expect(html).toContain('$RC("B:0","S:0")');
    expect(html).toContain('Text &lt;script src=&quot;/_next/evil.js&quot;&gt;&lt;/script&gt; stays text');
  });

  it('lifts the cache keys out of the page', () => {
    expect(keys).toEqual(['story:a', 'story:b~2Fc']);
    expect(html).not.toContain('surrogate-key');
  });

  it('leaves a page without framework output as it was', () => {
    const plain = '<html><head><meta name="description" content="x"></head><body><script src="/island.js"></script></body></html>';
    expect(staticPage(plain)).toEqual({ html: plain, keys: [] });
  });
});

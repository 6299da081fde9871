import { describe, expect, it } from 'vitest';
import { renderBodyHtml } from '@/lib/content/render-html';
import type { TDocNode } from '@/lib/content/document';
import { withAbsoluteUrls } from './absolute-urls';

const ITEM = 'https://news.example.com/news/a-story';
const doc = (...content: TDocNode[]): TDocNode => ({ type: 'doc', content });

describe('absolute addresses in feed items', () => {
  it('makes every image, source set and link absolute, and leaves absolute ones and mailto alone', () => {
    const html = renderBodyHtml(
      doc(
        { type: 'figure', attrs: { src: '/media/0b5c8a1e-2f4d-4c3b-9a7e-1d2c3b4a5f6e', alt: 'Talks', caption: 'Cap', credit: 'TASS' } },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'home', marks: [{ type: 'link', attrs: { href: 'https://other.example.org/x?a=1&b=2' } }] },
            { type: 'text', text: ' and ' },
            { type: 'text', text: 'mail', marks: [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }] },
          ],
        },
      ),
    );
    const out = withAbsoluteUrls(html, ITEM);
    expect(out).toContain('src="https://news.example.com/media/0b5c8a1e-2f4d-4c3b-9a7e-1d2c3b4a5f6e"');
    expect(out).toContain('href="https://other.example.org/x?a=1&amp;b=2"');
    expect(out).toContain('href="mailto:desk@example.com"');
    expect(out).not.toMatch(/(src|href|srcset)="\//);
  });

  it('rewrites each candidate of a srcset and keeps its width', () => {
    const out = withAbsoluteUrls(
      '<picture><source type="image/avif" srcset="/media/a/320.avif 320w, /media/a/640.avif 640w"><img src="/media/a/640.jpg" srcset="/media/a/320.jpg 320w" alt=""></picture>',
      ITEM,
    );
    expect(out).toBe(
      '<picture><source type="image/avif" srcset="https://news.example.com/media/a/320.avif 320w, https://news.example.com/media/a/640.avif 640w"><img src="https://news.example.com/media/a/640.jpg" srcset="https://news.example.com/media/a/320.jpg 320w" alt=""></picture>',
    );
  });

  it('never touches text that looks like an attribute, and keeps a fragment on the item', () => {
    const html = renderBodyHtml(doc({ type: 'paragraph', content: [{ type: 'text', text: 'Write <img src="/x"> or src="/y" as text' }] }));
    expect(withAbsoluteUrls(html, ITEM)).toBe(html);
    expect(withAbsoluteUrls('<a href="#entry-1">x</a>', ITEM)).toBe('<a href="https://news.example.com/news/a-story#entry-1">x</a>');
  });
});

import { describe, expect, it } from 'vitest';
import type { TDocNode } from './document';
import { docFromParagraphs } from './document';
import { renderBodyHtml } from './render-html';

const text = (value: string, marks?: TDocNode['marks']): TDocNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const doc = (...content: TDocNode[]): TDocNode => ({ type: 'doc', content });
const p = (...content: TDocNode[]): TDocNode => ({ type: 'paragraph', content });

describe('body renderer', () => {
  it('renders the allowed nodes and marks', () => {
    const html = renderBodyHtml(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Title')] },
        p(
          text('bold', [{ type: 'bold' }]),
          text(' and '),
          text('it', [{ type: 'italic' }]),
          { type: 'hardBreak' },
          text('link', [{ type: 'link', attrs: { href: 'https://tass.com/a?b=1&c=2' } }]),
        ),
        { type: 'blockquote', content: [p(text('quote'))] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('one'))] }] },
        { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p(text('three'))] }] },
        { type: 'horizontalRule' },
      ),
    );
    expect(html).toBe(
      '<h2>Title</h2><p><strong>bold</strong> and <em>it</em><br><a href="https://tass.com/a?b=1&amp;c=2" rel="noopener noreferrer nofollow">link</a></p>' +
        '<blockquote><p>quote</p></blockquote><ul><li><p>one</p></li></ul><ol start="3"><li><p>three</p></li></ol><hr>',
    );
  });

  it('shows a block with an open suggestion as if it were rejected', () => {
    const id = 'u1~mabc123~x1';
    const mark = (type: string, attrs: Record<string, unknown> = {}) => JSON.stringify([{ type, attrs: { id, ...attrs } }]);
    const html = renderBodyHtml({
      type: 'doc',
      content: [
        {
          type: 'heading',
          attrs: { level: 2, suggestions: mark('modification', { type: 'nodeType', previousValue: 'paragraph', newValue: 'heading' }) },
          content: [{ type: 'text', text: 'Was a paragraph' }],
        },
        { type: 'figure', attrs: { src: 'https://example.com/a.jpg', alt: 'Proposed', suggestions: mark('insertion') } },
        { type: 'embed', attrs: { url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', suggestions: mark('insertion') } },
        { type: 'paragraph', attrs: { suggestions: mark('deletion') }, content: [{ type: 'text', text: 'Still here' }] },
      ],
    });
    expect(html).toBe('<p>Was a paragraph</p><p>Still here</p>');
  });

  it('opens the first paragraph with the dateline', () => {
    expect(renderBodyHtml(docFromParagraphs(['Russian President…', 'Second.']), { dateline: 'MOSCOW, July 7. /TASS/.' })).toBe(
      '<p><span class="dateline">MOSCOW, July 7. /TASS/.</span> Russian President…</p><p>Second.</p>',
    );
  });

  it('keeps the seed story characters unchanged', () => {
    const seed = `"This is Pashinyan’s first visit abroad after [his party’s] victory" — Kremlin's`;
    expect(renderBodyHtml(docFromParagraphs([seed]))).toBe(`<p>${seed}</p>`);
  });

  it('drops unknown nodes and marks but keeps their text', () => {
    const html = renderBodyHtml(doc({ type: 'iframe', content: [p(text('inside', [{ type: 'textStyle', attrs: { style: 'color:red' } }]))] }));
    expect(html).toBe('<p>inside</p>');
  });

  const XSS_TEXT = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "';alert(String.fromCharCode(88,83,83))//"];
  it.each(XSS_TEXT)('escapes markup in text: %s', (payload) => {
    const html = renderBodyHtml(docFromParagraphs([payload]));
    expect(html).not.toMatch(/<(script|img|svg)/i);
    expect(html.startsWith('<p>') && html.endsWith('</p>')).toBe(true);
  });

  const XSS_HREFS = [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example',
    'file:///etc/passwd',
  ];
  it.each(XSS_HREFS)('drops a dangerous link href: %s', (href) => {
    const html = renderBodyHtml(doc(p(text('click', [{ type: 'link', attrs: { href } }]))));
    expect(html).toBe('<p>click</p>');
  });

  it('allows only known attributes, escaped', () => {
    const html = renderBodyHtml(
      doc(p(text('x', [{ type: 'link', attrs: { href: 'https://a.example/"onmouseover="alert(1)', onclick: 'alert(1)', target: '_top' } }]))),
    );
    expect(html).toBe('<p><a href="https://a.example/&quot;onmouseover=&quot;alert(1)" rel="noopener noreferrer nofollow">x</a></p>');
  });

  it('renders images only from safe sources, with escaped alt text', () => {
    const ok = renderBodyHtml(
      doc({ type: 'figure', attrs: { src: '/media/0b5c8a1e-2f4d-4c3b-9a7e-1d2c3b4a5f6e', alt: 'a "b"', caption: 'Cap', credit: 'TASS' } }),
    );
    expect(ok).toBe(
      '<figure><img src="/media/0b5c8a1e-2f4d-4c3b-9a7e-1d2c3b4a5f6e" alt="a &quot;b&quot;"><figcaption>Cap <span class="credit">Photo: TASS</span></figcaption></figure>',
    );
    expect(renderBodyHtml(doc({ type: 'figure', attrs: { src: 'javascript:alert(1)', alt: 'x' } }))).toBe('');
  });
});

describe('the renderer covers the editor schema', () => {
  it('has a case for every node and mark the editor can make, so none can silently vanish from public pages', async () => {
    const { bodySchema } = await import('./schema');
    const { MARK_RENDERERS, NODE_RENDERERS } = await import('./render-tree');
    const schema = bodySchema();
    expect(Object.keys(schema.nodes).filter((name) => !(name in NODE_RENDERERS))).toEqual([]);
    expect(Object.keys(schema.marks).filter((name) => !(name in MARK_RENDERERS))).toEqual([]);
  });
});

describe('tables', () => {
  const cell = (type: string, text: string, attrs: Record<string, unknown> = {}) => ({
    type,
    attrs: { colspan: 1, rowspan: 1, align: null, ...attrs },
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  });
  it('renders a header row in thead with column scope, row headers with row scope, spans, alignment and the caption, in a scrolling region', () => {
    const html = renderBodyHtml({
      type: 'doc',
      content: [
        {
          type: 'table',
          attrs: { caption: 'Results <live>' },
          content: [
            { type: 'tableRow', content: [cell('tableHeader', 'Team'), cell('tableHeader', 'Pts', { align: 'right' })] },
            { type: 'tableRow', content: [cell('tableHeader', 'Zenit'), cell('tableCell', '41', { align: 'right' })] },
            { type: 'tableRow', content: [cell('tableCell', 'Postponed', { colspan: 2, align: 'nonsense' })] },
          ],
        },
      ],
    });
    expect(html).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Results &lt;live&gt;"><table><caption>Results &lt;live&gt;</caption>' +
        '<thead><tr><th scope="col">Team</th><th scope="col" class="align-right">Pts</th></tr></thead>' +
        '<tbody><tr><th scope="row">Zenit</th><td class="align-right">41</td></tr><tr><td colspan="2">Postponed</td></tr></tbody></table></div>',
    );
  });

  it('keeps the paragraphs of a cell that has several, and names an uncaptioned table "Table"', () => {
    const html = renderBodyHtml({
      type: 'doc',
      content: [
        {
          type: 'table',
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  content: [
                    { type: 'paragraph', content: [{ type: 'text', text: 'One' }] },
                    { type: 'paragraph', content: [{ type: 'text', text: 'Two' }] },
                  ],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(html).toBe(
      '<div class="table-scroll" role="region" tabindex="0" aria-label="Table"><table><tbody><tr><td><p>One</p><p>Two</p></td></tr></tbody></table></div>',
    );
  });
});

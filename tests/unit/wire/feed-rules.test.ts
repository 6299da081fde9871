// The general rules for what news feeds carry around a story, one by one, on small
// feeds written for the purpose (the fidelity test holds them to real feeds).
import { describe, expect, it } from 'vitest';
import { isReadMoreLine, isTrackingImage } from '@/lib/wire/feed-furniture';
import { parseWireDocument } from '@/lib/wire/parse';

const bytes = (text: string) => new TextEncoder().encode(text);
const rss = (items: string) =>
  parseWireDocument(
    bytes(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title>${items}</channel></rss>`,
    ),
  ).items;
const rssItem = (description: string, extra = '') =>
  rss(
    `<item><guid>urn:test:${Math.random()}</guid><title>Council approves the budget</title>${extra}<description><![CDATA[${description}]]></description></item>`,
  )[0]!;
const blocks = (item: { body: { content?: { type: string }[] } }) => (item.body.content ?? []).map((b) => b.type);
const LEAD = '<p>The council approved the budget on Tuesday after a long debate about the cost of the new bridge.</p>';

describe('links back to the site', () => {
  it('knows a "read more" line in several languages, and never a sentence that only says the words', () => {
    expect(
      [
        'Read more',
        'Continue reading...',
        'Read more of this story at Slashdot.',
        'Read full article >>',
        'Weiterlesen »',
        'Lire la suite…',
        'Leggi tutto',
        'Läs mer',
        'Czytaj dalej →',
      ].map(isReadMoreLine),
    ).toEqual([true, true, true, true, true, true, true, true, true]);
    expect(['You can read more about adding a Typelist in our Knowledge Base.', 'More than 200 people came.', ''].map(isReadMoreLine)).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('drops a closing "read more" link, but keeps the words when they are text or not a link', () => {
    const linked = rssItem(`${LEAD}<p><a href="https://example.com/story">Read more</a></p>`);
    expect(blocks(linked)).toEqual(['paragraph']);
    expect(linked.bodyText).not.toContain('Read more');
    const slashdot = rssItem(`${LEAD}<p><a href="https://example.com/story">Read more of this story</a> at Slashdot.</p>`);
    expect(slashdot.bodyText).not.toContain('Slashdot');
    expect(blocks(rssItem(`${LEAD}<p>Read more</p>`))).toEqual(['paragraph', 'paragraph']);
    // A closing sentence that happens to read like one, with another word linked, is story text.
    const sentence = rssItem(`${LEAD}<p>More on the <a href="https://example.com/bridge">bridge</a> plan will follow.</p>`);
    expect(sentence.bodyText).toContain('More on the bridge plan will follow.');
  });
});

describe('tracking images and page widgets', () => {
  it('takes an image with no alt, no size and a script address for a counter, and a named picture file for a picture', () => {
    expect(isTrackingImage({ src: 'http://rss.example.org/Feed/feed?g=1961' })).toBe(true);
    expect(isTrackingImage({ src: 'https://img.example.org/photo.jpg?w=600' })).toBe(false);
    expect(isTrackingImage({ src: 'http://rss.example.org/Feed/feed?g=1961', alt: '' })).toBe(false);
    expect(isTrackingImage({ src: 'https://img.example.org/render?id=7', width: '600' })).toBe(false);
    const item = rssItem(`${LEAD}<img src="http://rss.example.org/Feed/feed?g=1961"/>`);
    expect(blocks(item)).toEqual(['paragraph']);
    expect(blocks(rssItem(`<img src="https://img.example.org/lead.jpg"/>${LEAD}`))).toEqual(['figure', 'paragraph']);
    // An image with a caption is a picture, whatever its address.
    const captioned = rssItem(`${LEAD}<figure><img src="https://img.example.org/render?id=7"/><figcaption>The bridge at dawn.</figcaption></figure>`);
    expect(blocks(captioned)).toEqual(['paragraph', 'figure']);
  });

  it("drops a page's notice with its Dismiss button, and controls named by their role", () => {
    const notice = rssItem(`${LEAD}<div class="x1"><div aria-live="polite" class="x2"></div><div class="x3"><span>Dismiss</span></div></div>`);
    expect(blocks(notice)).toEqual(['paragraph']);
    expect(notice.bodyText).not.toContain('Dismiss');
    const button = rssItem('<p>The council approved the budget. <span role="button">Share</span></p>');
    expect(button.bodyText).toBe('The council approved the budget.');
    // A story that merely sits in a division keeps every word.
    expect(rssItem(`<div class="story">${LEAD}</div>`).bodyText).toContain('new bridge');
    // A tab's label can be the story's own text (an explainer's questions as an accordion): kept.
    expect(rssItem(`${LEAD}<h3 role="tab">Who pays for the bridge?</h3><p>The city and the region share it.</p>`).bodyText).toContain(
      'Who pays for the bridge?',
    );
  });
});

describe('paragraphs and categories', () => {
  it('ends a paragraph at a blank line in loose text, even beside markup with paragraphs of its own', () => {
    const item = rssItem('First paragraph of the story.\n\nSecond paragraph of the story.\n\nThird one.<p>A closing paragraph.</p>');
    expect(blocks(item)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    expect(blocks(rssItem('One line\nand the same paragraph.<p>Another.</p>'))).toEqual(['paragraph', 'paragraph']);
  });

  it("leaves out placeholder categories (WordPress's default and its post type), keeping real ones", () => {
    const item = rssItem(LEAD, '<category>Uncategorized</category><category>post</category><category>Politics</category><category>Non classé</category>');
    expect(item.subjects.map((s) => s.code)).toEqual(['Politics']);
  });
});

describe("an aggregator's entries", () => {
  const roundup = (first: string, outlet: string) =>
    `<ol><li><a href="https://news.example.com/a1">${first}</a>&nbsp;&nbsp;<font color="#6f6f6f">${outlet}</font></li><li><a href="https://news.example.com/a2">Council budget passes after marathon session</a>&nbsp;&nbsp;<font color="#6f6f6f">Local Paper</font></li><li><strong><a href="https://news.example.com/all">View Full Coverage</a></strong></li></ol>`;

  it('reads a headline pointing at another outlet as a headline without text, credited to the outlet the feed names', () => {
    const [item] = rss(
      `<item><guid>urn:agg:1</guid><title>Council approves the budget - City News</title><description><![CDATA[${roundup('Council approves the budget', 'City News')}]]></description><source url="https://citynews.example">City News</source></item>`,
    );
    expect([item!.headline, item!.credit, item!.flags, item!.bodyText]).toEqual(['Council approves the budget', 'City News', ['text-missing'], '']);
  });

  it('takes the outlet from beside the first link when the feed does not name it (Atom)', () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><entry><id>urn:agg:2</id><title type="html">Council approves the budget - City News</title><updated>2024-01-02T10:00:00Z</updated><content type="html">${roundup(
      'Council approves the budget',
      'City News',
    )
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')}</content></entry></feed>`;
    const item = parseWireDocument(bytes(atom)).items[0]!;
    expect([item.headline, item.credit, item.flags]).toEqual(['Council approves the budget', 'City News', ['text-missing']]);
  });

  it('keeps text that has links in it, and a headline whose dash names no outlet of the entry', () => {
    const text = rssItem(`${LEAD}<ul><li><a href="https://example.com/1">Earlier: the bridge plan</a></li></ul>`);
    expect(text.flags).toEqual([]);
    expect(text.bodyText).toContain('new bridge');
    const [dash] = rss(
      `<item><guid>urn:agg:3</guid><title>Budget approved - at last</title><description><![CDATA[${LEAD}]]></description><source url="https://x.example">City News</source></item>`,
    );
    expect([dash!.headline, dash!.credit]).toEqual(['Budget approved - at last', '']);
  });
});

describe("a module's label", () => {
  const RELATED = '<div class="related_articles_wrapper"><div class="item"><a href="https://example.com/a">Another story</a></div></div>';

  it('goes with the module it names, in any frame', () => {
    for (const label of ['<div class="box-header"><div class="box-title">Editor\'s Pick</div></div>', '<h4>Read also</h4>', '<span>Mehr zum Thema</span>']) {
      const item = rssItem(`${LEAD}<div class="box right">${label}${RELATED}</div><p>The vote was 7 to 2.</p>`);
      expect(blocks(item)).toEqual(['paragraph', 'paragraph']);
      expect(JSON.stringify(item.body)).not.toMatch(/Pick|Read also|Mehr zum/);
    }
  });

  it('is kept when the frame holds story text, a sentence or a picture beside the module', () => {
    const sentence = rssItem(`${LEAD}<div>The mayor said the work will start in spring.${RELATED}</div>`);
    expect(JSON.stringify(sentence.body)).toContain('The mayor said the work will start in spring.');
    const paragraph = rssItem(`${LEAD}<div><p>Work starts in spring</p>${RELATED}</div>`);
    expect(JSON.stringify(paragraph.body)).toContain('Work starts in spring');
    const picture = rssItem(`${LEAD}<div><figure><img src="https://example.com/bridge.jpg" alt="The bridge"></figure>${RELATED}</div>`);
    expect(blocks(picture)).toContain('figure');
    // A byline or dateline beside a share widget is no label: it still fills its field.
    const SHARE = '<div class="social-share"><a href="https://x.com/share">Share</a></div>';
    const ninjs = (html: string) =>
      parseWireDocument(bytes(JSON.stringify({ uri: `urn:test:${Math.random()}`, type: 'text', headline: 'Council approves the budget', body_html: html })))
        .items[0]!;
    expect(ninjs(`<div class="byline">By Jane Doe${SHARE}</div>${LEAD}`).byline).toBe('Jane Doe');
    expect(ninjs(`<div class="meta"><span class="dateline">MOSCOW</span>${SHARE}</div>${LEAD}`).datelinePlace).toBe('MOSCOW');
    // A paragraph in a script written without spaces is a sentence, not a five-word label.
    const japanese = rssItem(`${LEAD}<div>市議会は火曜日、新しい橋の建設費をめぐる長い議論の末に予算案を可決した。${RELATED}</div>`);
    expect(JSON.stringify(japanese.body)).toContain('市議会は火曜日');
  });
});

describe('players set into the copy', () => {
  it('keeps a player the embed allowlist knows as an embed, in a paragraph or not, and leaves any other frame out', () => {
    const item = rssItem(
      `${LEAD}<p><iframe src="https://www.youtube.com/embed/q8B4VbZIt40?feature=oembed" width="560" height="315"></iframe></p>` +
        '<iframe src="//player.vimeo.com/video/76979871"></iframe>' +
        '<iframe src="https://player.example.com/index/player?record_id=1410861"></iframe><p>The vote was 7 to 2.</p>',
    );
    expect(blocks(item)).toEqual(['paragraph', 'embed', 'embed', 'paragraph']);
    expect(item.body.content?.[1]).toEqual({
      type: 'embed',
      attrs: { provider: 'youtube', id: 'q8B4VbZIt40', url: 'https://www.youtube.com/watch?v=q8B4VbZIt40', caption: '' },
    });
    expect(JSON.stringify(item.body)).not.toContain('player.example.com');
  });

  it("keeps WordPress's embed block (a player in a figure) with its caption, and never a frame's fallback text", () => {
    const item = rssItem(
      `${LEAD}<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><iframe src="https://www.youtube.com/embed/q8B4VbZIt40"></iframe></div><figcaption>The bridge at night</figcaption></figure>` +
        '<h2>Watch<iframe src="https://player.example.com/1">Your browser does not support iframes</iframe></h2><p>The vote was 7 to 2.</p>',
    );
    expect(item.body.content?.[1]).toMatchObject({ type: 'embed', attrs: { provider: 'youtube', id: 'q8B4VbZIt40', caption: 'The bridge at night' } });
    expect(JSON.stringify(item.body)).not.toContain('does not support');
  });
});

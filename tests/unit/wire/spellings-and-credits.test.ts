// The general rules of issue 28, each on a document written for it: every ninjs
// version's spelling, datelines split into place and date, thin feed entries kept,
// agency-only bylines as the credit, and bodies nested too deep refused in bounded time.
import { describe, expect, it } from 'vitest';
import { splitByline } from '@/lib/wire/bylines';
import { calendarNamesFromIntl } from '@/lib/wire/calendar-intl';
import { MONTH_NAMES, WEEKDAY_NAMES } from '@/lib/wire/calendar-names';
import { placeOfDateline, splitDateline } from '@/lib/wire/datelines';
import { WireError } from '@/lib/wire/errors';
import { MAX_BODY_DEPTH } from '@/lib/wire/html-to-doc';
import { fitSummary } from '@/lib/wire/refine';
import { parseWireDocument } from '@/lib/wire/parse';
import { readFixture } from './fixture-files';

const bytes = (text: string) => new TextEncoder().encode(text);
const json = (doc: unknown) => parseWireDocument(bytes(JSON.stringify(doc)), 'application/json').items[0]!;
const feed = (items: string) => parseWireDocument(bytes(`<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title>${items}</channel></rss>`));
const P = ['The council met on Tuesday.', 'It approved the budget.', 'The vote was close.', 'The mayor abstained.'];
const html = P.map((p) => `<p>${p}</p>`).join('');

describe('every ninjs version, spelled as its schema spells it', () => {
  // The same story as ninjs 1.x (patterned properties), 2.x (lower-case lists) and 3.x (camelCase).
  const v1 = {
    uri: 'urn:spell:1',
    type: 'text',
    version: '3',
    versioncreated: '2026-12-01T10:00:00Z',
    firstcreated: '2026-12-01T09:00:00Z',
    embargoed: '2026-12-02T06:00:00Z',
    pubstatus: 'usable',
    urgency: 2,
    copyrightholder: 'Agency',
    language: 'en',
    headline: 'Council approves budget',
    description_text: 'A close vote.',
    byline: 'Jane Doe',
    located: 'Springfield',
    ednote: 'Adds vote count',
    body_text: P.join(' '),
    body_html: html,
  };
  const v2 = {
    uri: 'urn:spell:1',
    type: 'text',
    version: '3',
    versioncreated: '2026-12-01T10:00:00Z',
    firstcreated: '2026-12-01T09:00:00Z',
    embargoed: '2026-12-02T06:00:00Z',
    pubstatus: 'usable',
    urgency: 2,
    copyrightholder: 'Agency',
    language: 'en',
    headlines: [{ role: 'main', value: 'Council approves budget' }],
    descriptions: [{ role: 'summary', value: 'A close vote.' }],
    by: 'Jane Doe',
    located: 'Springfield',
    ednote: 'Adds vote count',
    bodies: [
      { role: 'main', contenttype: 'text/plain', value: P.join(' ') },
      { role: 'richtext', contenttype: 'application/xhtml+xml', value: html },
    ],
  };
  const v3 = {
    uri: 'urn:spell:1',
    type: 'text',
    version: '3',
    versionCreated: '2026-12-01T10:00:00Z',
    firstCreated: '2026-12-01T09:00:00Z',
    embargoedUntil: '2026-12-02T06:00:00Z',
    pubStatus: 'usable',
    urgency: 2,
    copyrightHolder: 'Agency',
    language: 'en',
    headlines: [{ role: 'main', value: 'Council approves budget' }],
    descriptions: [{ role: 'summary', contentType: 'text/plain', value: 'A close vote.' }],
    by: 'Jane Doe',
    located: 'Springfield',
    edNote: 'Adds vote count',
    bodies: [
      { role: 'main', contentType: 'text/plain', value: P.join(' ') },
      { role: 'richtext', contentType: 'application/xhtml+xml', value: html },
    ],
  };

  it.each([
    ['1.x', v1],
    ['2.x', v2],
    ['3.x', v3],
  ])('ninjs %s gives the same fields, the rich body over the plain one', (_version, doc) => {
    const item = json(doc);
    expect(item).toMatchObject({
      source: 'Agency',
      version: 3,
      urgency: 2,
      headline: 'Council approves budget',
      subheadline: 'A close vote.',
      byline: 'Jane Doe',
      datelinePlace: 'Springfield',
      edNote: 'Adds vote count',
      pubStatus: 'usable',
      language: 'en',
    });
    expect([item.versionCreated?.toISOString(), item.firstCreated?.toISOString(), item.embargoUntil?.toISOString()]).toEqual([
      '2026-12-01T10:00:00.000Z',
      '2026-12-01T09:00:00.000Z',
      '2026-12-02T06:00:00.000Z',
    ]);
    expect(item.body.content?.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('reads an agency API camel-casing ninjs 1.x names (Reuters: headLine, byLine, bodyXhtml) and XHTML with self-closed elements', () => {
    const item = json({
      data: {
        item: {
          uri: 'urn:r:1',
          type: 'text',
          headLine: 'Shares fall',
          byLine: 'Ann Lee',
          bodyXhtml: `<html xmlns="http://www.w3.org/1999/xhtml"><head><title/></head><body>${html}</body></html>`,
        },
      },
    });
    expect([item.headline, item.byline, item.body.content?.length]).toEqual(['Shares fall', 'Ann Lee', 4]);
  });

  it('prefers markup in any body role over plain text, and never a live or summary body', () => {
    const item = json({
      uri: 'urn:b:1',
      type: 'text',
      headlines: [{ value: 'H' }],
      bodies: [
        { role: 'text', contenttype: 'text/plain', value: 'Flat text.' },
        { role: 'html5', contenttype: 'text/html', value: html },
        { role: 'live', contenttype: 'text/html', value: '<p>a</p><p>b</p><p>c</p><p>d</p><p>e</p>' },
      ],
    });
    expect(item.bodyText.split('\n')[0]).toBe(P[0]);
  });

  it('reads subjects given as bare codes or as lists of codes', () => {
    expect(
      json({ uri: 'urn:s:1', type: 'text', headline: 'H', body_text: 'x', subjects: { code: ['iptccat:SFU', 'medtop:20000822'] } }).subjects.map(
        (s) => `${s.scheme}:${s.code}`,
      ),
    ).toEqual(['other:iptccat:SFU', 'medtop:20000822']);
  });

  it.each(['1.6', '2.2', '3.1'])("takes IPTC's %s complex text example's rich body: four paragraphs, not one", (version) => {
    const item = parseWireDocument(readFixture(`ninjs/iptc-newsinjson/documentation/includes/examples/${version}/005_complex_text_article.json`)).items[0]!;
    expect(item.body.content).toHaveLength(4);
    expect(item.byline).toBe("Paulo Santalucia and Frances d'Emilio");
  });
});

describe('a dateline is split into its place and its date', () => {
  it.each([
    ['MARCH 04, 2013', '', 'MARCH 04, 2013'],
    ['April 14', '', 'April 14'],
    ['WINNIPEG, Manitoba, Dec. 03, 2019', 'WINNIPEG, Manitoba', 'Dec. 03, 2019'],
    ['Nova York, 24 set', 'Nova York', '24 set'],
    ['Berlin, 3. März 2024', 'Berlin', '3. März 2024'],
    ['МОСКВА, 30 ноября', 'МОСКВА', '30 ноября'],
    ['Helsinki 12.3.2024', 'Helsinki', '12.3.2024'],
    ['Madrid, 24 de septiembre de 2018', 'Madrid', '24 de septiembre de 2018'],
    ['MAR DEL PLATA, 5 mar', 'MAR DEL PLATA', '5 mar'],
    ['Kiova/Washington', 'Kiova/Washington', ''],
  ])('%s', (dateline, place, date) => {
    expect(splitDateline(dateline)).toEqual({ place, date });
  });

  it('a date-only dateline gives no place, in the metadata or at the head of the text', () => {
    expect(['MARCH 04, 2013', 'Monday, 4 March 2013', '04.03.2013 (dpa)'].map(placeOfDateline)).toEqual(['', '', '']);
    const g2 = parseWireDocument(
      bytes(
        `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:d:1" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><located literal="No-Data-Available"/><headline>H</headline><dateline>MARCH 04, 2013</dateline></contentMeta><contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Text.</p></body></html></inlineXML></contentSet></newsItem>`,
      ),
    ).items[0]!;
    expect([g2.datelinePlace, g2.entities]).toEqual(['', []]);
    const lead = json({
      uri: 'urn:d:2',
      type: 'text',
      headline: 'H',
      body_html: '<p>Quito, 24 Set 2018 (AFP) - O fundador do WikiLeaks chegou a renunciar ao asilo.</p>',
    });
    expect(lead.datelinePlace).toBe('Quito');
  });

  it('keeps the month and weekday names it reads datelines with in step with the runtime', () => {
    expect(calendarNamesFromIntl()).toEqual({ months: [...MONTH_NAMES], weekdays: [...WEEKDAY_NAMES] });
  });
});

describe('a feed entry is never refused for a thin body', () => {
  it('keeps an entry whose description is only a byline as a headline with its byline, flagged, beside headline-only entries', () => {
    const { items } =
      feed(`<item><guid>g1</guid><title>Relatório acusa militares de Mianmar</title><description><![CDATA[                Por Matt Spetalnick e Jason Szep ]]></description></item>
      <item><guid>g2</guid><title>Promotoria abre inquérito</title><description></description></item>
      <item><guid>g3</guid><title>Dow Jones fecha em baixa</title><description>Nova York, 24 set (EFE).- O índice Dow Jones fechou em baixa.</description></item>`);
    expect(items.map((i) => [i.headline, i.byline, i.bodyText.trim(), i.flags])).toEqual([
      ['Relatório acusa militares de Mianmar', 'Matt Spetalnick e Jason Szep', '', ['text-missing']],
      ['Promotoria abre inquérito', '', '', ['text-missing']],
      ['Dow Jones fecha em baixa', '', 'Nova York, 24 set (EFE).- O índice Dow Jones fechou em baixa.', []],
    ]);
    expect(items[2]!.datelinePlace).toBe('Nova York');
  });

  it('still refuses a ninjs, NewsML-G2 or NITF item with a headline and no text', () => {
    expect(() => json({ uri: 'urn:t:1', type: 'text', headline: 'Only a headline' })).toThrow(/nothing to publish/);
  });
});

describe('an agency named as the byline is the credit', () => {
  it.each([
    ['Von dpa', '', 'dpa'],
    ['By AP', '', 'AP'],
    ['By The Associated Press', '', 'The Associated Press'],
    ['Reuters, MAR 04', '', 'Reuters'],
    ['Por AFP', '', 'AFP'],
    ['dpa/AFP', '', 'dpa/AFP'],
    ['Av NTB', '', 'NTB'],
    ['От ТАСС', '', 'ТАСС'],
    ['Staff and agencies', '', 'Staff and agencies'],
    ['Von Anna Schmidt, dpa', 'Anna Schmidt, dpa', ''],
    ['By Jane Doe and John Roe', 'Jane Doe and John Roe', ''],
    ['Por Matt Spetalnick e Jason Szep', 'Matt Spetalnick e Jason Szep', ''],
  ])('%s', (raw, byline, credit) => {
    expect(splitByline(raw)).toEqual({ byline, credit });
  });

  it('as a field, a "By" line or an organisation named as creator', () => {
    expect(json({ uri: 'urn:c:1', type: 'text', headline: 'H', by: 'Von dpa', body_text: 'Text.' })).toMatchObject({ byline: '', credit: 'dpa' });
    expect(json({ uri: 'urn:c:2', type: 'text', headline: 'H', body_html: '<p>By The Associated Press</p><p>NEW YORK (AP) — Text.</p>' })).toMatchObject({
      byline: '',
      credit: 'The Associated Press',
      datelinePlace: 'NEW YORK',
    });
    const g2 = parseWireDocument(
      bytes(
        `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:c:3" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><creator qcode="web:sportsnetwork.com"><name>The Sports Network</name></creator><located qcode="city:Philadelphia"/><headline>H</headline></contentMeta><contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>Text.</p></body></html></inlineXML></contentSet></newsItem>`,
      ),
    ).items[0]!;
    expect([g2.byline, g2.credit, g2.datelinePlace]).toEqual(['', 'The Sports Network', 'Philadelphia']);
  });
});

describe('a body nested too deep is refused clearly, in bounded time', () => {
  const nested = (depth: number, open = '<div>', close = '</div>') => `${open.repeat(depth)}Deep text.${close.repeat(depth)}`;
  const message = new RegExp(`nests deeper than ${MAX_BODY_DEPTH} elements: send it with flatter markup`);

  it('an RSS description of 40,000 escaped nested <div>: the entry is refused with the reason, the rest of the feed imports', () => {
    const escaped = nested(40_000, '&lt;div&gt;', '&lt;/div&gt;');
    const parsed = feed(
      `<item><guid>deep</guid><title>Deep</title><description>${escaped}</description></item><item><guid>ok</guid><title>Fine</title><description>Fine text.</description></item>`,
    );
    expect(parsed.items.map((i) => i.guid)).toEqual(['ok']);
    expect(parsed.skipped).toEqual([{ guid: 'deep', reason: expect.stringMatching(message) }]);
  });

  it('a ninjs body_html, and NewsML-G2 XHTML within the XML limit, likewise; markup as deep as allowed still converts', () => {
    expect(() => json({ uri: 'urn:deep:1', type: 'text', headline: 'H', body_html: nested(5_000) })).toThrow(message);
    const g2 = (depth: number) =>
      bytes(
        `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:deep:2" version="1"><contentMeta><headline>H</headline></contentMeta><contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>${nested(depth)}</body></html></inlineXML></contentSet></newsItem>`,
      );
    const error = (() => {
      try {
        parseWireDocument(g2(200));
        return null;
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(WireError);
    expect((error as Error).message).toMatch(message);
    expect(parseWireDocument(g2(MAX_BODY_DEPTH - 2)).items[0]!.bodyText.trim()).toBe('Deep text.');
  });

  it('text that is escaped markup many times over, never closed, is read in one pass', () => {
    const paragraphs = Array.from({ length: 400 }, () => `<p>${'&amp;lt;a&amp;lt;script '.repeat(250)}</p>`).join('');
    const item = json({ uri: 'urn:deep:3', type: 'text', headline: 'H', body_html: `<p>Start.</p>${paragraphs}` });
    // No tag is ever closed, so it is text, kept as it stands (the old pattern rescanned to the end for every "<").
    expect(item.bodyText.startsWith('Start.')).toBe(true);
    expect(item.body.content).toHaveLength(401);
  });
});

describe('rules the first held-out batch showed were missing', () => {
  const nitf = (head: string, content = '<p>Text.</p>') =>
    parseWireDocument(
      bytes(
        `<nitf><head><docdata><doc-id id-string="n-${Math.random()}"/></docdata></head><body><body.head>${head}</body.head><body.content>${content}</body.content></body></nitf>`,
      ),
    ).items[0]!;

  it('reads paragraphs wrapped in a heading (a lead in an h4) as body blocks, and a heading of divs as a heading', () => {
    const lead = json({
      uri: 'urn:h:1',
      type: 'text',
      headline: 'H',
      body_html: '<h4><p>Lead one.</p><p>Lead two.</p><blockquote>A quote.</blockquote></h4><p>Body.</p>',
    });
    expect(lead.body.content?.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'blockquote', 'paragraph']);
    expect(
      json({ uri: 'urn:h:2', type: 'text', headline: 'H', body_html: '<h2><div>Part</div><div>two</div></h2><p>Body.</p>' }).body.content?.[0],
    ).toMatchObject({ type: 'heading' });
  });

  it('leaves out a feed’s advertising and "share" images, keeps its pictures', () => {
    const [item] = feed(
      `<item><guid>f1</guid><title>T</title><description><![CDATA[<p>Story text.</p><a href="http://www.pheedcontent.com/click.php?x=1"><img src="http://images.pheedo.com/images/mm/facebook.gif"/></a><a href="http://ads.pheedo.com/click.phdo?s=1"><img src="http://ads.pheedo.com/img.phdo?s=1"/></a><img src="https://images.example.com/photo.jpg"/>]]></description></item>`,
    ).items;
    expect(item!.body.content?.map((b) => b.type)).toEqual(['paragraph', 'figure']);
  });

  it('keeps a `located` that names the dateline’s place more fully', () => {
    const g2 = parseWireDocument(
      bytes(
        `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:l:1" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><located literal="Toronto, ON, Canada"/><headline>H</headline></contentMeta><contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body><p>TORONTO, June 09, 2020 (GLOBE NEWSWIRE) -- Text.</p></body></html></inlineXML></contentSet></newsItem>`,
      ),
    ).items[0]!;
    expect(g2.datelinePlace).toBe('Toronto, ON, Canada');
  });

  it('recognises a correction headline in any language, not a story about corrections', () => {
    const signals = (headline: string) => json({ uri: `urn:c:${headline}`, type: 'text', headline, body_text: 'Text.' }).signals;
    expect(signals('CORRECTION ET MISE À JOUR - Les réseaux mobiles')).toContain('correction');
    expect(signals('KORREKTUR/Regierung beschließt Haushalt')).toContain('correction');
    expect(signals('Corrections officers go on strike')).not.toContain('correction');
  });

  it('drops an agency’s service mark before the headline, takes a sentence sent as the byline for the subtitle, and never tags the distributor', () => {
    const item = nitf(
      '<hedline><hl1>&gt;&gt;&gt;ANSA/Gazprom cuts gas supplies</hl1></hedline><byline>Situation serious, ready for all scenarios says EC</byline><distributor><org>ANSA</org></distributor>',
    );
    expect([item.headline, item.subheadline, item.byline, item.entities]).toEqual([
      'Gazprom cuts gas supplies',
      'Situation serious, ready for all scenarios says EC',
      '',
      [],
    ]);
    expect(nitf("<hedline><hl1>H</hl1></hedline><byline>By Paulo Santalucia and Frances d'Emilio</byline>").byline).toBe(
      "Paulo Santalucia and Frances d'Emilio",
    );
  });

  it('identifies an item by `_id` too, reads a subtitle field, and takes an item naming what it replaces as an update', () => {
    const item = json({
      _id: 'capi-1',
      type: 'text',
      headline: 'H',
      extra: { subtitle: 'The subtitle' },
      body_html: '<p>Text.</p>',
      replacing: ['urn:earlier'],
    });
    expect([item.guid, item.subheadline, item.signals]).toEqual(['capi-1', 'The subtitle', ['update']]);
  });

  it('credits agencies joined by hyphens', () => {
    expect(splitByline('NTB-AFP-DPA')).toEqual({ byline: '', credit: 'NTB-AFP-DPA' });
    expect(splitByline('Anna-Lena Schmidt')).toEqual({ byline: 'Anna-Lena Schmidt', credit: '' });
  });
});

describe('rules the second held-out batch showed were missing', () => {
  it('reads a feed that opens with a blank line before its XML declaration', () => {
    expect(
      parseWireDocument(
        bytes(
          `\n<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><guid>g</guid><title>T</title><description>Text.</description></item></channel></rss>`,
        ),
      ).items,
    ).toHaveLength(1);
  });

  it('drops hidden images and embedded modules, and a heading that is the headline again, give or take a word', () => {
    const [item] = feed(
      `<item><guid>h1</guid><title>Introducing a new feature: offer balance</title><description><![CDATA[<h3>Introducing a new feature: the offer balance</h3><p>Dear all.</p><div class="module-crunchbase"><h2>Crunchbase</h2><p>Company: ooma</p></div><img src="https://img.example/video.jpg" style="display:none;"/>]]></description></item>`,
    ).items;
    expect(item!.body.content?.map((b) => b.type)).toEqual(['paragraph']);
    expect(item!.bodyText.trim()).toBe('Dear all.');
  });

  it('reads a category listed as a name and as its slug once, and quotes a script escaped with backslashes', () => {
    const [item] = feed(
      `<item><guid>c1</guid><title>Angie\\'s List IPO</title><description>Text.</description><category>Muslim women</category><category>muslim-women</category><category>angie\\'s list</category></item>`,
    ).items;
    expect([item!.headline, item!.subjects.map((s) => s.name)]).toEqual(["Angie's List IPO", ['Muslim women', "angie's list"]]);
  });

  it('cuts a long summary after the quote its last sentence ends in', () => {
    expect(
      fitSummary(
        `${'Word '.repeat(60)}under the symbol “ANGI.” At the high end of the range, the company would be valued at nearly $700 million, the filing shows in full detail here.`,
      ),
    ).toMatch(/“ANGI\.”$/);
  });

  it('takes a NewsML-G2 item’s subtitle from its inline NITF when the metadata has none', () => {
    const g2 = parseWireDocument(
      bytes(
        `<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:s:1" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta><contentMeta><headline>H</headline></contentMeta><contentSet><inlineXML><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/"><body><body.head><abstract><p>The abstract.</p></abstract></body.head><body.content><p>Text.</p></body.content></body></nitf></inlineXML></contentSet></newsItem>`,
      ),
    ).items[0]!;
    expect(g2.subheadline).toBe('The abstract.');
  });

  it('identifies a ninjs item sent without any identifier by its creation time and headline, the same for each version', () => {
    const item = (version: string) =>
      json({ type: 'text', version, firstcreated: '2022-10-09T02:16:57+0000', headline: 'AP Top 25 Takeaways', body_html: '<p>Text.</p>' });
    expect(item('1').guid).toMatch(/^ninjs:[0-9a-f]{20}$/);
    expect(item('2').guid).toBe(item('1').guid);
  });
});

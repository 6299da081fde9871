// The general rules of wire fidelity, one by one, on small documents written for the
// purpose (the fidelity test holds them to real agency files).
import { describe, expect, it } from 'vitest';
import { cleanByline } from '@/lib/wire/bylines';
import { placeOfDateline } from '@/lib/wire/datelines';
import { fitSummary } from '@/lib/wire/refine';
import { parseWireDocument } from '@/lib/wire/parse';
import { subjectOfCode } from '@/lib/wire/subject-codes';
import { languageOf } from '@/lib/wire/language';

const bytes = (text: string) => new TextEncoder().encode(text);
const ninjs = (fields: Record<string, unknown>) =>
  parseWireDocument(bytes(JSON.stringify({ uri: `urn:test:${Math.random()}`, type: 'text', ...fields })), 'application/json').items[0]!;
const rss = (items: string, language = '') =>
  parseWireDocument(
    bytes(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Feed</title>${language ? `<language>${language}</language>` : ''}${items}</channel></rss>`,
    ),
  ).items;
const blocks = (item: { body: { content?: { type: string }[] } }) => (item.body.content ?? []).map((b) => b.type);
const PT =
  'O governo português aprovou hoje um novo pacote de medidas para apoiar as famílias com rendimentos mais baixos, que inclui a redução do preço dos passes sociais e um aumento das pensões.';
const EN =
  'The government approved a new package of measures on Tuesday to support families on lower incomes, including cheaper travel passes and higher pensions for the oldest pensioners. The opposition said the plan came too late and would do little for the families that have been hit hardest by the rise in prices.';

describe('bodies', () => {
  it('takes the richest body a ninjs item carries, not the plain-text alternative', () => {
    const item = ninjs({ headline: 'H', body_text: 'One. Two. Three. Four.', body_html: '<p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p>' });
    expect(blocks(item)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('splits plain text on blank lines, or on every line when it has none', () => {
    expect(blocks(ninjs({ headline: 'H', body_text: 'First\nstill first\n\nSecond' }))).toEqual(['paragraph', 'paragraph']);
    expect(blocks(ninjs({ headline: 'H', body_text: 'First\nSecond\nThird' }))).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('makes paragraphs of HTML that has only blank lines (wpautop), and unwraps shortcodes keeping their text', () => {
    const [item] = rss(`<item><guid>urn:wp:1</guid><title>T</title><content:encoded><![CDATA[[dropcap]O[/dropcap]nce upon a time.

[caption id="a1" align="alignleft"]A caption[/caption]
Second paragraph [contact_form id="3"] ends.]]></content:encoded></item>`);
    expect(blocks(item!)).toEqual(['paragraph', 'paragraph']);
    expect(item!.bodyText).toContain('Once upon a time.');
    expect(item!.bodyText).not.toMatch(/\[|\]/);
  });

  it('drops tracking pixels and keeps headings holding blocks as spaced text', () => {
    const item = ninjs({
      headline: 'H',
      body_html: '<h2><div>Part</div><div>two</div></h2><p>Text.<img src="https://t.example/p.gif" width="1" height="1"></p>',
    });
    expect(item.body.content?.[0]).toMatchObject({ type: 'heading', content: [{ text: 'Part two' }] });
    expect(JSON.stringify(item.body)).not.toContain('p.gif');
  });

  it('reads TT-style NITF dialect elements for what they are', () => {
    const nitf = `<nitf><head><docdata><doc-id id-string="tt-1"/></docdata></head><body><body.head><hedline><hl1>Rubrik</hl1></hedline></body.head><body.content>
      <RUBRIK>Rubrik</RUBRIK><DAT><ORT>Stockholm</ORT></DAT><INGRESS>Ingressen.</INGRESS><BRODTEXT>Brödtext.</BRODTEXT>
      <MELLIS>Mellanrubrik</MELLIS><CITAT>Ett citat.</CITAT><BYLINE>Anna Andersson/TT</BYLINE>
      <BILD><BILDFIL>https://img.example/a.jpg</BILDFIL><BILDTEXT>En bildtext.</BILDTEXT></BILD></body.content></body></nitf>`;
    const item = parseWireDocument(bytes(nitf)).items[0]!;
    expect(blocks(item)).toEqual(['paragraph', 'paragraph', 'heading', 'blockquote', 'figure']);
    expect(item.byline).toBe('Anna Andersson/TT');
    expect(item.datelinePlace).toBe('Stockholm');
    expect(item.bodyText).not.toContain('Rubrik');
    expect(item.bodyText).not.toContain('En bildtext.');
  });

  it('takes a "By" first line and a Reuters-style dateline lead into their fields', () => {
    const item = ninjs({ headline: 'H', body_html: '<p>By Jane Doe</p><p>NAIROBI, Jan 21 (Reuters) - Kenya said on Tuesday...</p>' });
    expect(item.byline).toBe('Jane Doe');
    expect(item.datelinePlace).toBe('NAIROBI');
    expect(item.bodyText.startsWith('NAIROBI')).toBe(true);
    const runOn = ninjs({ headline: 'H', body_html: '<p>By Jane Doe LONDON, Jan 21 (Reuters) - Shares fell.</p>' });
    expect([runOn.byline, runOn.datelinePlace, runOn.bodyText.slice(0, 6)]).toEqual(['Jane Doe', 'LONDON', 'LONDON']);
  });
});

describe('headline, subheadline, byline, dateline', () => {
  it('cleans bylines and refuses logins, operator codes and addresses', () => {
    expect(
      ['By Jane Doe', 'Von Anna Schmidt, dpa', 'Par Jean Dupont', 'Av Anna Andersson', 'От Иван Петров', 'jdoe@example.com (Jane Doe)'].map((b) =>
        cleanByline(b),
      ),
    ).toEqual(['Jane Doe', 'Anna Schmidt, dpa', 'Jean Dupont', 'Anna Andersson', 'Иван Петров', 'Jane Doe']);
    expect(['first.last', 'tsafos', 'ABC-DEF', 'VRG', 'someone@example.com'].map((b) => cleanByline(b))).toEqual(['', '', '', '', '']);
    expect(cleanByline('AP')).toBe('AP');
  });

  it("keeps a feed's author in capitals: written for readers, it is an organisation or a writer's initials, not an operator code", () => {
    expect(['FDA', 'NASA', 'JW'].map((b) => cleanByline(b, 'feed'))).toEqual(['FDA', 'NASA', 'JW']);
    expect(['FDA', 'VRG'].map((b) => cleanByline(b))).toEqual(['', '']);
    expect(['first.last', 'ABC-DEF', 'someone@example.com'].map((b) => cleanByline(b, 'feed'))).toEqual(['', '', '']);
    expect(['ROOT', 'TEST', 'Webmaster', 'Administrator', 'unknown'].map((b) => cleanByline(b, 'feed'))).toEqual(['', '', '', '', '']);
    const feed = (author: string) =>
      parseWireDocument(
        new TextEncoder().encode(
          `<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Recalls</title><item><title>Company recalls tablets</title><guid>r-1</guid><dc:creator>${author}</dc:creator><description>&lt;p&gt;The company is recalling 19 lots of tablets after an impurity was found.&lt;/p&gt;</description></item></channel></rss>`,
        ),
      ).items[0]!;
    expect(feed('FDA')).toMatchObject({ byline: 'FDA', credit: '' });
    expect(feed('By AP')).toMatchObject({ byline: '', credit: 'AP' });
  });

  it('finds the place in a dateline, never a timestamp or placeholder', () => {
    expect(['Berlin (dpa) -', 'MOSCOW, July 7. /TASS/.', 'SPRINGFIELD, Ill. (AP) —', 'København /ritzau/', 'SEOUL, Nov 26 AFP'].map(placeOfDateline)).toEqual([
      'Berlin',
      'MOSCOW',
      'SPRINGFIELD, Ill.',
      'København',
      'SEOUL',
    ]);
    expect(['2024-01-02T10:00:00Z', '10:45 GMT', 'n/a', '-', 'XXX'].map(placeOfDateline)).toEqual(['', '', '', '', '']);
  });

  it('reads a lead dateline naming the several places a story was filed from', () => {
    const lead = (text: string) => ninjs({ headline: 'Ceasefire talks', body_html: `<p>${text}</p>` });
    const item = lead('AMMAN/BEIRUT (Reuters) - A senior Syrian rebel official denied a report on Friday that a ceasefire had been agreed.');
    expect(item).toMatchObject({ datelinePlace: 'AMMAN/BEIRUT' });
    expect(lead('LONDON/NEW YORK, Jan 21 (Reuters) - Oil prices fell on Friday as stocks rose in the United States.')).toMatchObject({
      datelinePlace: 'LONDON/NEW YORK',
    });
    expect(lead('Prices rose/fell (slightly) - and then the market closed.')).toMatchObject({ datelinePlace: '' });
  });

  it('prefers the dateline place over a placeholder or desk `located`, and never tags a placeholder', () => {
    const item = ninjs({ headline: 'H', located: 'n/a', body_html: '<p>x</p>', place: [{ name: 'n/a' }] });
    expect(item.datelinePlace).toBe('');
    expect(item.entities).toEqual([]);
  });

  it('prefers a teaser over a kicker, and cuts a long one at a sentence', () => {
    const long = `${'A sentence that goes on. '.repeat(20)}And the last one that is far too long to keep whole in the field at all.`;
    expect(fitSummary(long).endsWith('.')).toBe(true);
    expect(fitSummary(long).length).toBeLessThanOrEqual(400);
    expect(fitSummary('word '.repeat(200)).endsWith('…')).toBe(true);
  });

  it('makes a headline from the first sentence of an item sent without one, and flags it', () => {
    const item = ninjs({ body_text: '*** AUTOMATED NOTICE ***\n\nThe council approved the budget on Tuesday. It takes effect in May.' });
    expect(item.headline).toBe('The council approved the budget on Tuesday');
    expect(item.flags).toEqual(['headline-missing']);
  });

  it('refuses a headline with no text as nothing to publish, but keeps a kill', () => {
    expect(() => ninjs({ headline: 'Only a headline' })).toThrow(/nothing to publish/);
    expect(ninjs({ headline: 'Withdrawn', pubstatus: 'canceled' }).pubStatus).toBe('canceled');
  });
});

describe('metadata', () => {
  it('raises the correction signal from a note or headline worded as one', () => {
    expect(ninjs({ headline: 'H', body_text: 'x', ednote: 'CORRECTS spelling of name in paragraph 3' }).signals).toContain('correction');
    expect(ninjs({ headline: 'H', body_text: 'x', ednote: 'Uhrzeit korrigiert' }).signals).toContain('correction');
    expect(ninjs({ headline: 'CORRECTED-Shares fall', body_text: 'x' }).signals).toContain('correction');
    expect(ninjs({ headline: 'H', body_text: 'x', ednote: 'Adds quotes' }).signals).not.toContain('correction');
  });

  it('maps subject codes under every alias through the vocabulary', () => {
    expect(subjectOfCode('sttsubj:15000000', '')).toMatchObject({ scheme: 'subj', code: '15000000' });
    expect(subjectOfCode('TT:20000013', '')).toMatchObject({ scheme: 'medtop', code: '20000013' });
    expect(subjectOfCode('medtop:11000000', '')).toMatchObject({ scheme: 'medtop', code: '11000000' });
    expect(subjectOfCode('', '', 'http://cv.iptc.org/newscodes/subjectcode/04000000')).toMatchObject({ scheme: 'subj', code: '04000000' });
    expect(subjectOfCode('dpacat:pl', 'Politik')).toMatchObject({ scheme: 'other' });
  });

  it('detects the language when undeclared or contradicted, and keeps a declaration the text bears out', () => {
    expect(languageOf('', PT)).toBe('pt');
    expect(languageOf('it', EN)).toBe('en');
    expect(languageOf('en', EN)).toBe('en');
    expect(
      languageOf(
        'nb',
        'Regjeringen la i dag fram et forslag om å styrke støtten til familier med lave inntekter, og billigere kollektivtransport for pensjonister.',
      ),
    ).toBe('nb');
    expect(languageOf('fr', 'Bogus')).toBe('fr');
    // The detector has no model for Afrikaans or Macedonian and names their nearest relatives: a declaration stands against them.
    const AF =
      'Die regering het vandag aangekondig dat die nuwe wet op openbare vervoer volgende jaar in werking sal tree. Volgens die minister sal dit die koste vir pendelaars aansienlik verlaag en meer busse op die paaie bring, veral in die landelike gebiede waar daar tans min dienste is.';
    expect(languageOf('af', AF)).toBe('af');
    expect(languageOf('', AF)).toBe('nl'); // undeclared, the detector's nearest is all there is
    expect(languageOf('af', EN)).toBe('en'); // an unrelated language still overrules
    expect(languageOf('', 'Bogus')).toBe('en');
    expect(rss(`<item><guid>urn:pt:1</guid><title>Lisboa aprova pacote</title><description>${PT}</description></item>`)[0]!.language).toBe('pt');
  });

  it('honours pubstatus values beyond usable and canceled', () => {
    expect(ninjs({ headline: 'H', body_text: 'x', pubstatus: 'withheld' }).pubStatus).toBe('withheld');
    expect(ninjs({ headline: 'H', body_text: 'x', pubstatus: 'commissioned' }).pubStatus).toBe('commissioned');
  });
});

describe('tables in agency copy', () => {
  it('keeps a table as a table: caption, header row from thead or th, spans and alignment', () => {
    const item = ninjs({
      headline: 'H',
      body_html:
        '<p>Results:</p><table><caption>Round 18</caption><thead><tr><td>Team</td><td>Pts</td></tr></thead><tbody><tr><td>Zenit</td><td align="right">41</td></tr><tr><td colspan="2">Spartak v CSKA postponed</td></tr></tbody></table>',
    });
    const table = item.body.content![1]!;
    expect(table).toMatchObject({ type: 'table', attrs: { caption: 'Round 18' } });
    expect(table.content!.map((row) => row.content!.map((cell) => [cell.type, cell.attrs?.colspan, cell.attrs?.align]))).toEqual([
      [
        ['tableHeader', 1, null],
        ['tableHeader', 1, null],
      ],
      [
        ['tableCell', 1, null],
        ['tableCell', 1, 'right'],
      ],
      [['tableCell', 2, null]],
    ]);
    expect(item.bodyText).toContain('Zenit | 41');
  });

  it('keeps a table larger than the editor holds as a paragraph per row, every cell kept', () => {
    const rows = Array.from({ length: 1001 }, (_, r) => `<tr><td>r${r}a</td><td>r${r}b</td><td>r${r}c</td></tr>`).join('');
    const item = ninjs({ headline: 'H', body_html: `<table>${rows}</table>` });
    expect(item.body.content!.every((node) => node.type === 'paragraph')).toBe(true);
    expect(item.body.content).toHaveLength(1001);
    expect(item.bodyText).toContain('r1000a | r1000b | r1000c');
  });
});

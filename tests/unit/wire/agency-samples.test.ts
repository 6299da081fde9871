import { describe, expect, it } from 'vitest';
import { parseWireDocument } from '@/lib/wire/parse';
import { readFixture } from './fixture-files';

const first = (file: string) => {
  const parsed = parseWireDocument(readFixture(file));
  return { ...parsed.items[0]!, count: parsed.items.length, skipped: parsed.skipped, format: parsed.format };
};

describe('NewsML-G2 samples', () => {
  it('IPTC LISTING 2: identity, version, times, media topics, located place, XHTML body', () => {
    const item = first('newsml-g2/iptc-newsml-g2/LISTING_2_NewsML-G2_Text_Document.xml');
    expect(item).toMatchObject({
      format: 'newsml',
      guid: 'urn:newsml:acmenews.com:20161121:US-FINANCE-FED',
      version: 11,
      pubStatus: 'usable',
      headline: 'Fed to halt QE to avert "bubble"',
      byline: 'Meredith Jameson',
      datelinePlace: 'New York, NY',
      language: 'en',
    });
    expect(item.versionCreated?.toISOString()).toBe('2018-11-21T21:25:32.000Z');
    expect(item.subjects).toContainEqual({ scheme: 'medtop', code: '20000350', name: 'central bank' });
    expect(item.bodyText).toMatch(/^\(New York, NY - October 21\) Et, sent luptat/);
  });

  it('Reuters: ns0: prefixes and a huge version, a correction signal, Reuters codes kept as literals', () => {
    const item = first('newsml-g2/superdesk-core/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838');
    expect(item).toMatchObject({
      source: 'reuters.com',
      guid: 'tag:reuters.com,0000:newsml_L1N14N0FF',
      version: 978556838,
      signals: ['correction'],
      urgency: 3,
    });
    expect(item.headline).toBe('CORRECTED-S. Illinois battles flooding as Mississippi River builds downstream');
    expect(item.subjects).toContainEqual({ scheme: 'other', code: 'N2:TRAN', name: 'N2:TRAN' });
  });

  it('TT: no namespace at all; the text item is taken, the package and picture are skipped with reasons', () => {
    const item = first('newsml-g2/iptc-newsinjson/TT_newsmlg2_sample.xml');
    expect(item).toMatchObject({ count: 1, source: 'TT', language: 'sv', headline: 'Jan Guillou skriver på ny "Hamilton"-bok' });
    expect(item.skipped.map((s) => s.reason)).toEqual([expect.stringMatching(/A package/), expect.stringMatching(/picture item/)]);
    expect(item.entities).toContainEqual({ kind: 'PERSON', name: 'Jan Guillou', code: '' });
    expect(item.subjects).toContainEqual({ scheme: 'medtop', code: '20000013', name: 'Litteratur' });
  });

  it('dpa: a correction (version 2), the dateline and the header of the XHTML body left out', () => {
    const item = first('newsml-g2/dpa-digitalwires-to-newsmlg2/dw-1.xml');
    expect(item).toMatchObject({
      source: 'dpa',
      version: 2,
      signals: ['correction'],
      language: 'de',
      dateline: 'Waghäusel (dpa) -',
      byline: 'Marco Krefting und Sunrita Sen, dpa',
    });
    expect(item.bodyText).not.toMatch(/^24\.09\.2024/);
  });

  it('ANSA: HTML inside CDATA declared text/plain, offsets without a colon; declared Italian, written in English', () => {
    const item = first('newsml-g2/superdesk-core/ansa-newsmlg2-text.xml');
    expect(item).toMatchObject({
      source: 'ansa.it',
      language: 'en',
      datelinePlace: 'Rome',
      subheadline: 'Foreign minister expresses faith in Spanish government',
    });
    expect(item.firstCreated?.toISOString()).toBe('2017-10-11T09:41:00.000Z');
    expect(item.bodyText).toMatch(/^\(ANSA\) - Rome, October 11 - Italian Foreign Minister Angelino Alfano/);
    expect(item.bodyText).not.toContain('<p>');
  });

  it('STT: an update signal, text escaped twice read once; a private note stays out; declared Finnish, translated to English', () => {
    const item = first('newsml-g2/superdesk-core/stt_newsml_test.xml');
    expect(item).toMatchObject({ source: 'STT', version: 4, signals: ['update'], language: 'en', datelinePlace: 'Helsinki', edNote: '' });
    expect(item.bodyText).not.toMatch(/&#39;|&quot;|&amp;/);
  });
});

describe('NITF samples', () => {
  it('PA: declared ISO-8859-1 but really UTF-8 (the pound sign survives), subject codes, urgency', () => {
    const item = first('nitf/superdesk-core/pa4.xml');
    expect(item).toMatchObject({ format: 'nitf', source: 'Press Association', urgency: 4, byline: 'Ian Jones, Press Association' });
    expect(item.subjects.map((s) => s.code)).toEqual(['01014000', '01016000', '01021000', '04010000', '04010008', '04010010']);
    expect(item.firstCreated?.toISOString()).toBe('2016-10-03T14:22:57.000Z');
    expect(first('nitf/superdesk-core/pa5.xml').headline).toBe('HARD BREXIT TO COST UK UP TO £66BN A YEAR, SAYS TREASURY');
  });

  it('Ritzau: declared ISO-8859-1, really UTF-8 (å, ø)', () => {
    const item = first('nitf/superdesk-core/mapping_test.xml');
    expect(item.headline).toMatch(/^\*En 41-årig mand/);
    expect(item.bodyText).toMatch(/^København \/ritzau\/:/);
    expect(item.bodyText).not.toMatch(/Ã/);
  });

  it('AAP: basic ISO dates with offsets, dateline, subject details', () => {
    const item = first('nitf/superdesk-core/aap.xml');
    expect(item).toMatchObject({ guid: 'AAP.115314987.5417374', urgency: 5, datelinePlace: 'Sydney', source: 'Australian Associated Press' });
    expect(item.versionCreated?.toISOString()).toBe('2013-10-20T08:27:51.000Z');
    expect(item.subjects).toContainEqual({ scheme: 'subj', code: '02003001', name: 'law enforcement' });
  });

  it('IPTC fishing: an external DTD is never loaded; canceled status becomes a kill; named entities become tags', () => {
    const item = first('nitf/superdesk-core/nitf-fishing.xml');
    expect(item).toMatchObject({ pubStatus: 'canceled', signals: ['kill'], datelinePlace: 'Newport News, VA' });
    expect(item.entities).toContainEqual({ kind: 'ORGANISATION', name: 'Acme Boat Company', code: 'iptc.org:acm' });
  });

  it('AP: no id-string, so issuer, issue time and headline identify it; byline without the title', () => {
    const item = first('nitf/superdesk-core/ap-nitf.xml');
    expect(item.guid).toMatch(/^AP:[0-9a-f]{20}$/);
    expect(item.byline).toBe('BERNARD CONDON');
    expect(first('nitf/superdesk-core/ap-nitf.xml').guid).toBe(item.guid);
  });
});

describe('ninjs samples', () => {
  it('NTB 2.1 and its 3.0 camelCase twin read the same; Subject Codes in literals; a description-only item', () => {
    const two = first('ninjs/iptc-newsinjson/examples/2.1/ntb_text.json');
    const three = first('ninjs/iptc-newsinjson/examples/3.0/ntb_text.json');
    expect(two).toMatchObject({
      format: 'ninjs',
      source: 'NTB',
      version: 6,
      urgency: 5,
      language: 'nb',
      edNote: 'Noe utvidet.',
      headline: 'Google har kjøpt giganttomt i Skien',
    });
    expect(two.subjects).toContainEqual({ scheme: 'subj', code: '13010000', name: 'Teknologi' });
    expect(two.bodyText).toMatch(/^IT-giganten Google/);
    expect({ ...three, body: null }).toEqual({ ...two, body: null });
  });

  it('Superdesk: guid instead of uri, an integer version, offsets without a colon', () => {
    const item = first('ninjs/superdesk-core/ninjs1.json');
    expect(item).toMatchObject({
      guid: expect.stringMatching(/^urn:newsml:localhost:/),
      version: 2,
      language: 'fr',
      byline: 'Peter and Jane',
      subheadline: 'abstract',
      bodyText: 'The story so far.',
    });
    expect(item.versionCreated?.toISOString()).toBe('2017-08-24T04:38:34.000Z');
  });

  it('AP Media API envelope with the body next to the item', () => {
    const item = first('ninjs/superdesk-cp/ap/ap-text.json');
    expect(item).toMatchObject({ source: 'AP', version: 3, byline: 'MARK KENNEDY', headline: 'Review: Documentary about electric racing holds little spark' });
    expect(item.bodyText).toMatch(/^For proof that Leonardo DiCaprio/);
    expect(item.entities).toContainEqual(expect.objectContaining({ kind: 'PERSON', name: 'Leonardo Dicaprio' }));
  });

  it('BBC envelope and ninjs 1.x pattern properties', () => {
    expect(first('ninjs/superdesk-core/bbc-ninjs-text-test.json')).toMatchObject({
      guid: 'https://www.example.com//12345',
      headline: 'advisory',
      bodyText: 'body',
    });
    expect(first('ninjs/iptc-newsinjson/documentation/includes/examples/1.6/001_simple_example.json')).toMatchObject({
      headline: 'Captain of wrecked cruise ship on trial in Italy',
    });
  });
});

describe('RSS and Atom samples', () => {
  it('windows-1251 Russian feed, without a language: decoded and recognised as Russian', () => {
    const item = first('rss/node-feedparser/iconv.xml');
    expect(item).toMatchObject({
      format: 'rss',
      count: 10,
      language: 'ru',
      headline: 'В Бузулуке главные стройплощадки – детсад и Ледовый дворец',
      guid: 'http://www.oren.ru/news/2743422/',
    });
  });

  it('ISO-8859-1 Portuguese feed', () => {
    expect(first('rss/rss-parser/encoding.rss')).toMatchObject({ language: 'pt', headline: 'Mãe de utente é a nova presidente da Raríssimas' });
  });

  it('The Guardian: categories as literal subjects, escaped HTML descriptions as text', () => {
    const item = first('rss/rss-parser/guardian.rss');
    expect(item).toMatchObject({ count: 55, source: 'The Guardian', byline: 'David Smith in Washington' });
    expect(item.subjects.map((s) => s.name)).toContain('US politics');
    expect(item.bodyText).not.toMatch(/&nbsp;|<p>/);
  });

  it('RSS 1.0 (RDF) with titles only: every entry kept as a headline flagged without text; Atom', () => {
    const titles = parseWireDocument(readFixture('rss/rss-parser/rss-1.rss')).items;
    expect(titles).toHaveLength(69);
    expect(titles.every((item) => item.flags.includes('text-missing') && item.headline && !item.bodyText.trim())).toBe(true);
    expect(titles[0]).toMatchObject({ headline: 'Food for fungi', byline: 'Hines, P. J.' });
    const atom = first('rss/node-feedparser/tpm.atom');
    expect(atom).toMatchObject({ format: 'atom', count: 20, guid: 'tag:talkingpointsmemo.com,2005:ArticleDecorator/270060', byline: 'Esme Cribb' });
  });
});

import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { WireError } from '@/lib/wire/errors';
import { ingestDocument } from '@/lib/wire/ingest';

// A server standing in for "the network": any request a parser made would land here.
let server: Server;
let hits: string[] = [];
let origin = '';
beforeAll(async () => {
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('<!ENTITY leak "LEAKED">');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const G2 = 'xmlns="http://iptc.org/std/nar/2006-10-01/"';
const item = (extra = '', headline = 'Hostile') =>
  `<newsItem ${G2} guid="urn:hostile:${Math.random()}" version="1"><contentMeta><headline>${headline}</headline></contentMeta>${extra}</newsItem>`;
const bytes = (text: string) => new TextEncoder().encode(text);
/** Some text to publish (an item with a headline and nothing else is refused as a fragment). */
const TEXT =
  '<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>The council met on Tuesday.</p></body></html></inlineXML></contentSet>';

const CASES: [string, () => Uint8Array, string | undefined, RegExp, number][] = [
  [
    'an external entity (XXE)',
    () => bytes(`<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "${origin}/xxe">]>${item('', '&xxe;')}`),
    undefined,
    /declares entities/,
    400,
  ],
  [
    'a file entity',
    () => bytes(`<?xml version="1.0"?><!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${item('', '&xxe;')}`),
    undefined,
    /declares entities/,
    400,
  ],
  [
    'an entity-expansion bomb',
    () =>
      bytes(
        `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">${Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`).join('')}]>${item('', '&lol9;')}`,
      ),
    undefined,
    /declares entities/,
    400,
  ],
  [
    'an external DTD with an entity from it',
    () =>
      bytes(
        `<?xml version="1.0"?><!DOCTYPE nitf SYSTEM "${origin}/nitf.dtd"><nitf><head><docdata><doc-id id-string="x"/></docdata></head><body><body.head><hedline><hl1>A &leak;</hl1></hedline></body.head></body></nitf>`,
      ),
    undefined,
    /Malformed XML: .*(undefined|entity)/i,
    400,
  ],
  [
    'elements nested 700,000 deep (5 MB): refused at the first level too many',
    () => bytes(`<newsItem ${G2}>${'<a>'.repeat(700_000)}`),
    'application/xml',
    /nests deeper than 256/,
    400,
  ],
  [
    'an element with 300,000 attributes',
    () => bytes(`<newsItem ${G2} ${Array.from({ length: 300_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`),
    'application/xml',
    /more than 256 attributes/,
    400,
  ],
  ['malformed XML', () => bytes(`<newsItem ${G2} guid="x"><contentMeta><headline>Unclosed</contentMeta>`), undefined, /Malformed XML/, 400],
  [
    'elements nested 10,000 deep',
    () => bytes(`<newsItem ${G2}>${'<a>'.repeat(10_000)}${'</a>'.repeat(10_000)}</newsItem>`),
    undefined,
    /nests deeper than 256/,
    400,
  ],
  ['a 50 MB body', () => new Uint8Array(50 * 1024 * 1024).fill(0x20), undefined, /larger than 5 MB/, 413],
  ['JSON nested 10,000 deep', () => bytes(`${'['.repeat(10_000)}${']'.repeat(10_000)}`), 'application/json', /nests deeper than 64 levels/, 400],
  // Issue 27, item 6: this gave a 500 after 2.6 s (recursion in the HTML → document conversion).
  [
    'an RSS description of 40,000 nested escaped <div>',
    () =>
      bytes(
        `<rss version="2.0"><channel><title>T</title><item><guid>deep</guid><title>Deep</title><description>${'&lt;div&gt;'.repeat(40_000)}x${'&lt;/div&gt;'.repeat(40_000)}</description></item></channel></rss>`,
      ),
    'application/rss+xml',
    /body's markup nests deeper than 100 elements: send it with flatter markup/,
    400,
  ],
  [
    'a ninjs body_html nested 20,000 deep',
    () => bytes(JSON.stringify({ uri: 'urn:deep', type: 'text', headline: 'Deep', body_html: `${'<blockquote>'.repeat(20_000)}x` })),
    'application/json',
    /body's markup nests deeper than 100 elements/,
    400,
  ],
  ['malformed JSON', () => bytes('{"uri": "x", "headlines": ['), 'application/json', /Malformed JSON/, 400],
  ['an image sent as a wire document', () => bytes('\x89PNG\r\n\x1a\n'), 'image/png', /Unsupported content type image\/png/, 415],
  ['bytes that are neither JSON nor XML', () => bytes('Subject: hello\n\nplain mail'), undefined, /neither JSON .* nor XML/, 415],
  ['an empty body', () => new Uint8Array(), undefined, /empty/, 400],
];

describe('hostile and broken input is refused clearly, writes nothing, touches no network', () => {
  it.each(CASES)('%s', async (_name, make, contentType, message, status) => {
    hits = [];
    const before = await prisma.wireItem.count();
    const error = await ingestDocument(make(), { contentType }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WireError);
    expect((error as WireError).message).toMatch(message);
    expect((error as WireError).status).toBe(status);
    expect(await prisma.wireItem.count()).toBe(before);
    expect(hits).toEqual([]);
  });

  it('a NUL or other control in agency text is removed on the way in, never passed to the database', async () => {
    const ninjs = JSON.stringify({
      uri: `urn:nul:${Math.random()}`,
      type: 'text',
      headlines: [{ role: 'main', value: 'Head\u0000line\u0007 with\u000bcontrols' }],
      body_text: 'A\u0000 body.',
    });
    const fromJson = await ingestDocument(bytes(ninjs), { contentType: 'application/json' });
    expect(fromJson.outcomes.map((o) => [o.status, o.reason])).toEqual([['imported', undefined]]);
    expect((await prisma.wireItem.findUniqueOrThrow({ where: { id: fromJson.outcomes[0]!.id } })).headline).toBe('Headline with controls');
    // Raw controls make XML malformed; agencies send them anyway, so they are dropped before parsing.
    const fromXml = await ingestDocument(bytes(item(TEXT, 'Bell\u0007 in\u0000 XML')));
    expect((await prisma.wireItem.findUniqueOrThrow({ where: { id: fromXml.outcomes[0]!.id } })).headline).toBe('Bell in XML');
  });

  it('after all of that, a good document still imports (the process is fine)', async () => {
    const result = await ingestDocument(
      bytes(
        item(
          '<itemMeta><itemClass qcode="ninat:text"/><provider literal="Test Agency"/><versionCreated>2026-11-28T10:00:00Z</versionCreated></itemMeta>' + TEXT,
        ),
      ),
    );
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported']);
  });
});

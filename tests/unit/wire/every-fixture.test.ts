import { describe, expect, it } from 'vitest';
import { validateBody } from '@/lib/content/validate';
import { WireError } from '@/lib/wire/errors';
import { parseWireDocument } from '@/lib/wire/parse';
import { readFixture, wireFixtureFiles } from './fixture-files';

/**
 * The documents in the fixtures that hold nothing to import, and why. Anything not
 * listed must import; anything listed must be refused with that reason.
 */
const REFUSED: [RegExp, RegExp][] = [
  [/^ninjs\/schema\//, /JSON Schema, not a ninjs item/],
  [/^ninjs\/iptc-newsinjson\/validation\/test_suite\//, /no headline|only text items|event or planning|Malformed JSON|no uri|JSON Schema|nothing to publish/],
  // A headline with no text is a fragment: nothing to publish (IPTC's skeleton listings, a truncated Reuters sample,
  // AP items whose text is only a link to it). A "[ ... ]" placeholder for text (IPTC's associations example), likewise.
  // (A feed entry with a headline alone is kept: see rss-1.rss.)
  [
    /(LISTING_1_A_NewsML-G2_News_Item|LISTING_27_|superdesk-core\/text\.xml|ap_media_text_item|ap_media_text_feed|ap-aps-mi-right-now|ap-aps\.json|ap-agate\.json|ap-table\.json|003_associations_example)/,
    /nothing to publish/,
  ],
  // An AAP NITF with an empty headline and an empty body.
  [/aap-finance-lite\.xml$/, /no headline and no text: nothing to publish/],
  [/(picture|photo|image|Photo|SIPA|ap_audio|imageLinkedRights|ninjs[36]\.json|ap_metadata_example)/, /only text items become stories/],
  [/(008_event|simpleEvent|addb|UEFA)/, /event or planning document/],
  [/002_renditions_example\.json$/, /no headline and no text: nothing to publish/],
  [/(LISTING_6_|snep\.xml|KBN0FL0NM_version_10)/, /A package \(\d+ item references\)/],
  [/LISTING_24_/, /A package .* nothing to publish/],
  [/LISTING_25_/, /not a contentSet fragment/],
  [/LISTING_28_/, /not a contentMeta fragment/],
];

const files = wireFixtureFiles();

describe('every wire fixture either imports or is refused with a precise reason', () => {
  it('finds the fixtures of every format', () => {
    for (const folder of ['ninjs/', 'newsml-g2/', 'nitf/', 'rss/']) expect(files.filter((f) => f.startsWith(folder)).length, folder).toBeGreaterThan(10);
  });

  it.each(files)('%s', (file) => {
    const expected = REFUSED.find(([pattern]) => pattern.test(file));
    let parsed: ReturnType<typeof parseWireDocument> | null = null;
    let error: unknown = null;
    try {
      parsed = parseWireDocument(readFixture(file));
    } catch (e) {
      error = e;
    }
    if (expected && error) {
      expect(error).toBeInstanceOf(WireError);
      expect((error as Error).message).toMatch(expected[1]);
      return;
    }
    expect(error, `${file} was refused: ${(error as Error | null)?.message}`).toBeNull();
    expect(parsed!.items.length).toBeGreaterThan(0);
    for (const item of parsed!.items) {
      expect(item.guid.length).toBeGreaterThan(0);
      expect(item.headline.trim().length).toBeGreaterThan(0);
      expect(item.version).toBeGreaterThanOrEqual(1);
      expect(item.language).toMatch(/^[a-z]{2,3}$/);
      expect(() => validateBody(item.body)).not.toThrow(); // the editor's own schema
      expect(item.headline).not.toMatch(/&(amp|lt|gt|quot|#\d+);/);
    }
  });
});

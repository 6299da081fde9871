// Ingest identity: an item is identified by (the sending key's source, guid). The source a
// document declares never outranks the key: an update or kill sent with another key never
// touches another agency's item, and a key limited to some sources is refused copy for others.
import { beforeAll, describe, expect, it } from 'vitest';
import { POST } from '@/app/api/v1/ingest/route';
import type { Viewer } from '@/lib/auth/permissions';
import { prisma } from '@/lib/db';
import { createApiKey, setApiKeySources, ZApiKeySources, ZCreateApiKey } from '@/lib/apikeys/mutations';
import { seedUser } from '../support/factories';

let admin: Viewer;
beforeAll(async () => {
  admin = await seedUser('ADMIN');
});

const key = async (name: string, sources = '') => (await createApiKey(admin, ZCreateApiKey.parse({ name, scopes: ['INGEST'], sources }))).key;
const post = async (apiKey: string, doc: Record<string, unknown>) => {
  const response = await POST(
    new Request('http://newsroom.test/api/v1/ingest', {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: JSON.stringify(doc),
    }),
  );
  return {
    status: response.status,
    body: (await response.json()) as {
      error?: string;
      imported?: number;
      updated?: number;
      refused?: number;
      items: { source: string; status: string; id?: string; reason?: string }[];
    },
  };
};
const ninjs = (guid: string, o: { holder: string; version: number; headline: string; pubstatus?: string }) => ({
  uri: guid,
  type: 'text',
  version: String(o.version),
  copyrightholder: o.holder,
  pubstatus: o.pubstatus ?? 'usable',
  headlines: [{ role: 'main', value: o.headline }],
  body_html: `<p>${o.headline}: the text of the story.</p>`,
});

describe('an item is identified by the sending key’s source and its guid', () => {
  it('an update or kill sent with another key, declaring the same agency and guid, never touches the agency’s item', async () => {
    const dpa = await key('dpa service', 'dpa');
    const rogue = await key('Some partner');
    const original = await post(dpa, ninjs('urn:newsml:dpa.com:20261206:1', { holder: 'dpa', version: 1, headline: 'Bundestag passes the budget' }));
    expect(original).toMatchObject({ status: 201, body: { imported: 1, items: [{ source: 'dpa', status: 'imported' }] } });

    // The security finding: another key posts dpa's guid as copyright holder dpa, canceled, version 7.
    const spoof = await post(rogue, ninjs('urn:newsml:dpa.com:20261206:1', { holder: 'dpa', version: 7, headline: 'Spoofed headline', pubstatus: 'canceled' }));
    expect(spoof.body.items).toMatchObject([{ source: 'Some partner', status: 'imported' }]);
    const item = await prisma.wireItem.findUniqueOrThrow({ where: { id: original.body.items[0]!.id } });
    expect(item).toMatchObject({ source: 'dpa', version: 1, headline: 'Bundestag passes the budget', killedAt: null, pubStatus: 'usable' });
    // The rogue copy is filed under its own key, with the agency it claimed as the credit.
    const filed = await prisma.wireItem.findUniqueOrThrow({ where: { id: spoof.body.items[0]!.id } });
    expect(filed).toMatchObject({ source: 'Some partner', credit: 'dpa', headline: 'Spoofed headline' });

    // A key limited to another agency is refused outright, and nothing is written.
    const reuters = await key('Reuters feed', 'Reuters');
    const count = await prisma.wireItem.count();
    const refused = await post(reuters, ninjs('urn:newsml:dpa.com:20261206:1', { holder: 'dpa', version: 8, headline: 'Also spoofed', pubstatus: 'canceled' }));
    expect(refused.status).toBe(403);
    expect(refused.body.error).toBe('This key may send copy only for Reuters; this item names dpa.');
    expect(await prisma.wireItem.count()).toBe(count);
    expect(await prisma.wireItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ version: 1, killedAt: null });

    // A second key the admin allowed to send dpa copy (a new key for the same agency) does update it.
    const dpa2 = await key('dpa service (new)', 'dpa');
    const update = await post(
      dpa2,
      ninjs('urn:newsml:dpa.com:20261206:1', { holder: 'dpa', version: 2, headline: 'Bundestag passes the budget after late talks' }),
    );
    expect(update.body).toMatchObject({ updated: 1, items: [{ source: 'dpa', status: 'updated', id: item.id }] });
  });

  it('a key with several sources files each item under the one it names (the first when it names none) and refuses the rest', async () => {
    const wires = await key('Wires', 'AFP, dpa');
    const sent = await Promise.all([
      post(wires, ninjs('urn:multi:1', { holder: 'afp', version: 1, headline: 'Paris talks' })),
      post(wires, ninjs('urn:multi:2', { holder: '', version: 1, headline: 'Untagged copy' })),
      post(wires, ninjs('urn:multi:3', { holder: 'Xinhua', version: 1, headline: 'Beijing talks' })),
    ]);
    expect(sent.map((s) => [s.status, s.body.items[0]!.source, s.body.items[0]!.status])).toEqual([
      [201, 'AFP', 'imported'],
      [201, 'AFP', 'imported'],
      [403, 'Xinhua', 'refused'],
    ]);
  });

  it('an admin limits a key to its sources afterwards; the change is audited', async () => {
    const partner = await key('Partner');
    expect((await post(partner, ninjs('urn:later:1', { holder: 'ANSA', version: 1, headline: 'Rome talks' }))).body.items[0]!.source).toBe('Partner');
    const row = await prisma.apiKey.findFirstOrThrow({ where: { name: 'Partner' } });
    await setApiKeySources(admin, ZApiKeySources.parse({ id: row.id, sources: 'ANSA ,  ansa, Adnkronos' }));
    expect((await prisma.apiKey.findUniqueOrThrow({ where: { id: row.id } })).sources).toEqual(['ANSA', 'Adnkronos']);
    expect(await prisma.auditEvent.findFirst({ where: { action: 'apikey.sources', actorId: admin.id }, orderBy: { createdAt: 'desc' } })).toMatchObject({
      note: expect.stringContaining('ANSA, Adnkronos'),
    });
    expect((await post(partner, ninjs('urn:later:2', { holder: 'ANSA', version: 1, headline: 'Milan talks' }))).body.items[0]!.source).toBe('ANSA');
    expect((await post(partner, ninjs('urn:later:3', { holder: 'dpa', version: 1, headline: 'Berlin talks' }))).status).toBe(403);
  });

  it('refuses sources on a key that sends no copy, and an editor setting them', async () => {
    expect(ZCreateApiKey.safeParse({ name: 'Reader', scopes: ['READ'], sources: 'dpa' }).error?.issues[0]).toMatchObject({ path: ['sources'] });
    const reader = await createApiKey(admin, ZCreateApiKey.parse({ name: 'Reader', scopes: ['READ'] }));
    await expect(setApiKeySources(admin, { id: reader.id, sources: ['dpa'] })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const editor = await seedUser('EDITOR');
    await expect(setApiKeySources(editor, { id: reader.id, sources: [] })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ingestDocument } from '@/lib/wire/ingest';
import { wireStatusOfStory } from '@/lib/wire/queries';
import { draftFromWireItem } from '@/lib/wire/use';
import { seedUser } from '../support/factories';

const fixture = (file: string) => readFileSync(path.resolve(import.meta.dirname, '../fixtures/wire', file));
const bytes = (text: string) => new TextEncoder().encode(text);

const g2 = (o: { guid: string; version: number; headline: string; body: string; status?: string; urgency?: number; subjects?: string }) =>
  bytes(`<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="${o.guid}" version="${o.version}" standard="NewsML-G2" standardversion="2.35" xml:lang="en">
  <itemMeta><itemClass qcode="ninat:text"/><provider literal="Interfax"/><versionCreated>2026-11-28T0${o.version}:00:00Z</versionCreated><pubStatus qcode="stat:${o.status ?? 'usable'}"/></itemMeta>
  <contentMeta><urgency>${o.urgency ?? 5}</urgency><located><name>Moscow</name></located>${o.subjects ?? ''}<headline>${o.headline}</headline></contentMeta>
  <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>${o.body}</p></body></html></inlineXML></contentSet>
</newsItem>`);

describe('ingesting wire copy', () => {
  it('imports once, treats a repeat as an unchanged duplicate and a newer version as an update', async () => {
    const first = await ingestDocument(g2({ guid: 'urn:ifx:1', version: 1, headline: 'Grain talks open', body: 'Talks opened.' }));
    expect(first.outcomes).toMatchObject([{ source: 'Interfax', guid: 'urn:ifx:1', version: 1, status: 'imported' }]);
    expect((await ingestDocument(g2({ guid: 'urn:ifx:1', version: 1, headline: 'Grain talks open', body: 'Talks opened.' }))).outcomes[0]!.status).toBe(
      'unchanged',
    );
    const updated = await ingestDocument(g2({ guid: 'urn:ifx:1', version: 2, headline: 'Grain talks open in Istanbul', body: 'Talks opened in Istanbul.' }));
    expect(updated.outcomes[0]).toMatchObject({ status: 'updated', id: first.outcomes[0]!.id });
    expect((await ingestDocument(g2({ guid: 'urn:ifx:1', version: 1, headline: 'Old', body: 'Old.' }))).outcomes[0]!.status).toBe('unchanged');
    const row = await prisma.wireItem.findUniqueOrThrow({ where: { id: first.outcomes[0]!.id } });
    expect(row).toMatchObject({ version: 2, headline: 'Grain talks open in Istanbul', previous: { version: 1, headline: 'Grain talks open' } });
    expect(await prisma.story.count({ where: { wireItemId: row.id } })).toBe(0); // never published or drafted by itself
  });

  it('resolves media topics and subject codes to subject tags, creates unknown people and places, keeps unknown codes as literals', async () => {
    const politics = await prisma.tag.create({
      data: { kind: 'SUBJECT', name: 'politics', normalizedName: 'politics', slug: 'politics-medtop', code: 'medtop:11000000' },
    });
    const crime = await prisma.tag.create({
      data: {
        kind: 'SUBJECT',
        name: 'crime, law and justice',
        normalizedName: 'crime, law and justice',
        slug: 'crime-law-and-justice',
        code: 'medtop:02000000',
      },
    });
    const subjects = `<subject qcode="medtop:11000000"><name>politics</name></subject><subject qcode="subj:02001000"><name>crime</name></subject>
      <subject qcode="medtop:99999999"><name>from the future</name></subject><subject type="cpnat:person" qcode="ifx:p1"><name>Dmitry Peskov</name></subject>`;
    const result = await ingestDocument(g2({ guid: 'urn:ifx:tags', version: 1, headline: 'Peskov on talks', body: 'Peskov spoke.', subjects }));
    const row = await prisma.wireItem.findUniqueOrThrow({ where: { id: result.outcomes[0]!.id } });
    const tags = await prisma.tag.findMany({ where: { id: { in: row.tagIds } }, select: { name: true, kind: true } });
    expect(tags).toEqual(
      expect.arrayContaining([
        { name: 'politics', kind: 'SUBJECT' },
        { name: 'crime, law and justice', kind: 'SUBJECT' },
        { name: 'Dmitry Peskov', kind: 'PERSON' },
        { name: 'Moscow', kind: 'PLACE' },
      ]),
    );
    expect(row.tagIds).toEqual(expect.arrayContaining([politics.id, crime.id]));
    expect((row.meta as { literals: string[] }).literals).toEqual(['medtop:99999999 (from the future)']);
    // The person now exists once: a second item naming him reuses the tag.
    await ingestDocument(g2({ guid: 'urn:ifx:tags2', version: 1, headline: 'Peskov again', body: 'Again.', subjects }));
    expect(await prisma.tag.count({ where: { kind: 'PERSON', name: 'Dmitry Peskov' } })).toBe(1);
  });

  it('Use makes a credited draft linked to its source; a newer version flags it, a kill warns its author', async () => {
    const editor = await seedUser('EDITOR');
    const [imported] = (
      await ingestDocument(g2({ guid: 'urn:ifx:use', version: 1, headline: 'Flash: quake hits Kamchatka', body: 'A quake hit.', urgency: 1 }))
    ).outcomes;
    const { storyId, created } = await draftFromWireItem(editor, imported!.id!);
    expect(created).toBe(true);
    const story = await prisma.story.findUniqueOrThrow({ where: { id: storyId }, include: { tags: { include: { tag: true } } } });
    expect(story).toMatchObject({
      status: 'DRAFT',
      headline: 'Flash: quake hits Kamchatka',
      credit: 'Interfax',
      priority: 'FLASH',
      datelinePlace: 'Moscow',
      wireItemId: imported!.id,
      wireVersion: 1,
      bodyText: 'A quake hit.',
      authorId: editor.id,
    });
    expect(story.tags.map((t) => t.tag.name)).toContain('Moscow');
    expect(await draftFromWireItem(editor, imported!.id!)).toEqual({ storyId, created: false });

    await ingestDocument(
      g2({ guid: 'urn:ifx:use', version: 2, headline: 'Quake of magnitude 7 hits Kamchatka', body: 'A magnitude 7 quake hit.', urgency: 1 }),
    );
    let status = (await wireStatusOfStory(editor, storyId))!;
    expect(status).toMatchObject({ newer: true, killed: false, usedVersion: 1, previous: { version: 1, headline: 'Flash: quake hits Kamchatka' } });
    expect(status.item.headline).toBe('Quake of magnitude 7 hits Kamchatka');

    await ingestDocument(g2({ guid: 'urn:ifx:use', version: 3, headline: 'KILL: quake story', body: 'Withdrawn.', status: 'canceled' }));
    status = (await wireStatusOfStory(editor, storyId))!;
    expect(status.killed).toBe(true);
    const notes = await prisma.notification.findMany({ where: { userId: editor.id }, orderBy: { createdAt: 'asc' } });
    expect(notes.map((n) => n.kind)).toEqual(['wireUpdate', 'wireKill']);
    const [fresh] = (await ingestDocument(g2({ guid: 'urn:ifx:killed-first', version: 1, headline: 'Killed', body: 'x', status: 'canceled' }))).outcomes;
    await expect(draftFromWireItem(editor, fresh!.id!)).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });

  it('a multi-item document imports every text item; documents of every format go in', async () => {
    const feed = await ingestDocument(fixture('rss/rss-parser/guardian.rss'));
    expect(feed.outcomes.filter((o) => o.status === 'imported')).toHaveLength(55);
    for (const file of ['ninjs/iptc-newsinjson/examples/2.1/ntb_text.json', 'nitf/superdesk-core/pa4.xml', 'newsml-g2/superdesk-core/stt_newsml_test.xml']) {
      expect(
        (await ingestDocument(fixture(file))).outcomes.map((o) => o.status),
        file,
      ).toEqual(['imported']);
    }
    expect(await prisma.wireItem.count({ where: { source: 'The Guardian' } })).toBe(55);
  });
});

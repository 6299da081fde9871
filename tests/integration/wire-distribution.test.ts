import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { docFromParagraphs } from '@/lib/content/document';
import { transitionStory } from '@/lib/stories/transition';
import { utcToZonedInput } from '@/lib/time/zoned';
import { getDistributed, listDistributed } from '@/lib/wire/export/distribution-queries';
import { toNewsml } from '@/lib/wire/export/newsml';
import { canceledNinjs, toNinjs } from '@/lib/wire/export/ninjs';
import { parseWireDocument } from '@/lib/wire/parse';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';
import { newsmlErrors, ninjsErrors } from '../support/wire-validators';

const SITE = 'https://news.example.com';
const bytes = (text: string) => new TextEncoder().encode(text);

async function publishedStory(overrides: Parameters<typeof storyInput>[0] = {}) {
  const editor = await seedUser('EDITOR');
  const reviewer = await seedUser('REVIEWER');
  const suffix = Math.random().toString(36).slice(2, 8);
  const [politics, putin, moscow] = await Promise.all([
    prisma.tag.create({
      data: {
        kind: 'SUBJECT',
        name: 'politics',
        normalizedName: `politics ${suffix}`,
        slug: `politics-${suffix}`,
        code: `medtop:${String(11000000 + Math.floor(Math.random() * 999)).padStart(8, '0')}`,
      },
    }),
    prisma.tag.create({ data: { kind: 'PERSON', name: 'Vladimir Putin', normalizedName: `vladimir putin ${suffix}`, slug: `vladimir-putin-${suffix}` } }),
    prisma.tag.create({ data: { kind: 'PLACE', name: 'Moscow', normalizedName: `moscow ${suffix}`, slug: `moscow-${suffix}` } }),
  ]);
  const story = await saveStoryInput(
    editor,
    storyInput({
      headline: `Putin, Pashinyan to discuss Nagorno-Karabakh ${suffix}`,
      tagIds: [politics.id, putin.id, moscow.id],
      body: docFromParagraphs(['MOSCOW, July 7. /TASS/. Talks will take place on Wednesday.', 'The Kremlin said so.']),
      ...overrides,
    }),
  );
  await transitionStory(editor, { storyId: story.id, action: 'submit' });
  await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
  await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
  return { story, editor, reviewer };
}

describe('distribution as ninjs 2.2 and NewsML-G2', () => {
  it('the validators do refuse invalid documents', () => {
    expect(ninjsErrors({ headlines: 'not an array' }).length).toBeGreaterThan(0);
    expect(newsmlErrors('<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="x"/>')).toMatch(/fails to validate|not expected|missing/);
  });

  it('a published story is valid ninjs and a valid NewsML-G2 newsItem, and both import back with their fields', async () => {
    const { story } = await publishedStory();
    const found = (await getDistributed(story.id, { subscriber: false }))!;
    const ninjs = toNinjs(found.publication, SITE);
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(ninjs).toMatchObject({
      pubstatus: 'usable',
      language: 'en',
      located: 'Moscow',
      headlines: [{ role: 'main', value: expect.stringContaining('Putin, Pashinyan') }],
    });
    const xml = toNewsml(found.publication, SITE);
    expect(newsmlErrors(xml)).toBe('');

    for (const [format, document] of [
      ['ninjs', JSON.stringify(ninjs)],
      ['newsml', xml],
    ] as const) {
      const [item] = parseWireDocument(bytes(document)).items;
      expect(item, format).toMatchObject({
        format,
        guid: ninjs.uri,
        headline: found.publication.headline,
        subheadline: found.publication.subheadline,
        datelinePlace: 'Moscow',
        dateline: 'MOSCOW, July 7. /TASS/.',
        language: 'en',
        pubStatus: 'usable',
        bodyText: found.publication.bodyText,
      });
      expect(item!.versionCreated?.getTime(), format).toBe(found.publication.publishedAt.getTime());
      expect(item!.entities.map((e) => `${e.kind}:${e.name}`).sort(), format).toEqual(expect.arrayContaining(['PERSON:Vladimir Putin', 'PLACE:Moscow']));
      expect(
        item!.subjects.map((s) => s.name),
        format,
      ).toContain('politics');
    }
  });

  it('a correction raises the version and carries its note; a kill is canceled, without the content', async () => {
    const { story, editor, reviewer } = await publishedStory();
    const first = (await getDistributed(story.id, { subscriber: false }))!;
    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id }, include: { tags: true } });
    await saveStoryInput(
      editor,
      storyInput({
        id: story.id,
        baseVersion: row.version,
        headline: row.headline,
        tagIds: row.tags.map((t) => t.tagId),
        body: docFromParagraphs(['Talks will take place on Thursday.']),
        correctionNote: 'The talks are on Thursday, not Wednesday.',
      }),
    );
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
    const corrected = (await getDistributed(story.id, { subscriber: false }))!;
    const ninjs = toNinjs(corrected.publication, SITE);
    expect(Number(ninjs.version)).toBeGreaterThan(Number(toNinjs(first.publication, SITE).version));
    expect(ninjs.ednote).toBe('UPDATE 1. Correction: The talks are on Thursday, not Wednesday.');
    expect(ninjsErrors(ninjs)).toEqual([]);
    const xml = toNewsml(corrected.publication, SITE);
    expect(xml).toContain('sig:correction');
    expect(xml).toContain('sig:update');
    expect(newsmlErrors(xml)).toBe('');

    await transitionStory(reviewer, { storyId: story.id, action: 'kill', note: 'Legal withdrawal.' });
    const killed = (await getDistributed(story.id, { subscriber: false }))!;
    expect(killed.killed).toBe(true);
    const canceled = canceledNinjs(killed.publication, SITE);
    expect(canceled).toMatchObject({ pubstatus: 'canceled', ednote: 'Withdrawn: Legal withdrawal.' });
    expect(JSON.stringify(canceled)).not.toContain('Thursday');
    expect(Number(canceled.version)).toBeGreaterThan(Number(ninjs.version));
    expect(ninjsErrors(canceled)).toEqual([]);
    const canceledXml = toNewsml(killed.publication, SITE);
    expect(canceledXml).toContain('stat:canceled');
    expect(canceledXml).not.toContain('Thursday');
    expect(newsmlErrors(canceledXml)).toBe('');
    expect((await listDistributed({ subscriber: true })).items.map((p) => p.storyId)).not.toContain(story.id);
  });

  it('embargoed stories go to subscribers with their embargo time, and to no one else', async () => {
    const until = new Date(Math.floor((Date.now() + 3 * 3_600_000) / 1000) * 1000);
    const { story } = await publishedStory({ embargoUntil: utcToZonedInput(until, 'Europe/Moscow') });
    expect(await getDistributed(story.id, { subscriber: false })).toBeNull();
    expect((await listDistributed({ subscriber: false })).items.map((p) => p.storyId)).not.toContain(story.id);
    const forSubscriber = (await getDistributed(story.id, { subscriber: true }))!;
    const ninjs = toNinjs(forSubscriber.publication, SITE);
    expect(ninjs.embargoed).toBe(until.toISOString());
    expect(ninjsErrors(ninjs)).toEqual([]);
    const xml = toNewsml(forSubscriber.publication, SITE);
    expect(xml).toContain(`<embargoed>${until.toISOString()}</embargoed>`);
    expect(newsmlErrors(xml)).toBe('');
    expect(parseWireDocument(bytes(xml)).items[0]!.embargoUntil?.getTime()).toBe(until.getTime());
  });
});

// Bylines: through the one write path (two editors on one story over the collaboration
// server, the door refusing a wrong shape whole), into revisions and their diff, onto the
// publication; contributor records on the matrix; contributor pages and feeds showing
// published stories only, newest first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Byline } from '@/lib/bylines/byline';
import { createContributor, updateContributor } from '@/lib/bylines/mutations';
import { resolveBylines } from '@/lib/bylines/queries';
import { docFromParagraphs } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { feedDocument } from '@/lib/feeds/feed-response';
import { diffRevisions, listRevisions } from '@/lib/stories/editor-queries';
import { listPublishedStories, listStoriesForFeed } from '@/lib/stories/public-queries';
import { FIELDS_MAP } from '@/lib/stories/shared-doc/fields';
import { transitionStory } from '@/lib/stories/transition';
import { utcToZonedInput } from '@/lib/time/zoned';
import { getDistributed } from '@/lib/wire/export/distribution-queries';
import { toNewsml } from '@/lib/wire/export/newsml';
import { toNinjs } from '@/lib/wire/export/ninjs';
import { ingestDocument } from '@/lib/wire/ingest';
import { draftFromWireItem } from '@/lib/wire/use';
import { newsmlErrors, ninjsErrors } from '../support/wire-validators';
import { connect, cookieFor, flush, SECRET, startInstance, type Instance } from '../support/collab-clients';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const publish = async (storyId: string, editor: Awaited<ReturnType<typeof seedUser>>, reviewer: Awaited<ReturnType<typeof seedUser>>) => {
  await transitionStory(editor, { storyId, action: 'submit' });
  await transitionStory(reviewer, { storyId, action: 'approve' });
  await transitionStory(reviewer, { storyId, action: 'publish' });
};
const unique = () => Math.random().toString(36).slice(2, 8);

describe('bylines through the one write path', () => {
  const savedSecret = process.env.AUTH_SECRET;
  let instance: Instance;
  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    instance = await startInstance('bylines');
  });
  afterAll(async () => {
    await instance.stop();
    process.env.AUTH_SECRET = savedSecret;
  });

  it('a byline set by one editor reaches a co-editor live, is stored, kept in the revisions and their diff, and published; a wrong shape is refused whole', async () => {
    const editor = await seedUser('EDITOR');
    const colleague = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const anna = await createContributor(reviewer, { name: 'Anna Petrova', slug: `anna-petrova-${unique()}`, bio: 'Minsk correspondent' });
    const story = await saveStoryInput(editor, storyInput({ headline: 'Grain talks in Minsk', body: docFromParagraphs(['Talks began.']) }));
    const first = await connect(instance.url, story.id, (await cookieFor(editor)).cookie);
    const second = await connect(instance.url, story.id, (await cookieFor(colleague)).cookie);

    const bylines: Byline[] = [
      { kind: 'contributor', id: anna.id, name: 'Anna Petrova', role: 'writer' },
      { kind: 'user', id: colleague.id, name: colleague.name, role: 'writer' },
      { kind: 'name', id: '', name: 'Olga Ivanova', role: 'photographer' },
    ];
    first.doc.transact(() => {
      first.doc.getMap(FIELDS_MAP).set('bylines', bylines);
      first.doc.getText('bylineWith').insert(0, 'With reporting by Ivan Sidorov');
    });
    // The co-editor sees it without a reload.
    await expect.poll(() => second.doc.getMap(FIELDS_MAP).get('bylines'), { timeout: 5_000 }).toEqual(bylines);
    await expect.poll(() => second.doc.getText('bylineWith').toString(), { timeout: 5_000 }).toBe('With reporting by Ivan Sidorov');
    expect(await flush(first)).toMatchObject({ type: 'stored', held: {} });
    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.bylines).toEqual(bylines);
    expect(row.bylineWith).toBe('With reporting by Ivan Sidorov');

    // A wrong shape from a raw client is refused at the door, whole: the story keeps its byline.
    const evil = await connect(instance.url, story.id, (await cookieFor(colleague)).cookie);
    evil.doc.getMap(FIELDS_MAP).set('bylines', [{ kind: 'name', id: '', name: 'Mallory', role: 'writer', href: 'javascript:alert(1)' }]);
    await expect.poll(() => evil.notices.find((n) => n.type === 'refused'), { timeout: 5_000 }).toMatchObject({ field: 'bylines' });
    evil.close();
    await expect.poll(() => first.doc.getMap(FIELDS_MAP).get('bylines')).toEqual(bylines);

    // A byline naming a contributor deleted meanwhile is held with why; the rest of the story is written.
    const gone = await createContributor(reviewer, { name: 'Gone Soon', slug: `gone-${unique()}` });
    await prisma.contributor.delete({ where: { id: gone.id } });
    second.doc.getMap(FIELDS_MAP).set('bylines', [...bylines, { kind: 'contributor', id: gone.id, name: 'Gone Soon', role: 'editor' }]);
    second.doc.getText('headline').insert(0, 'New ');
    const answer = await flush(second);
    expect(answer).toMatchObject({ type: 'stored', held: { bylines: ['A contributor in the byline no longer exists. Remove them and choose again.'] } });
    const held = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(held.headline).toBe('New Grain talks in Minsk');
    expect(held.bylines).toEqual(bylines);

    // Reordered and a role changed: a new revision, and the diff names the byline.
    const reordered: Byline[] = [bylines[1]!, { ...bylines[0]!, role: 'reporter' }, bylines[2]!];
    second.doc.getMap(FIELDS_MAP).set('bylines', reordered);
    second.doc.getText('bylineWith').insert(second.doc.getText('bylineWith').length, ' in Minsk');
    expect(await flush(second)).toMatchObject({ type: 'stored', held: {} });
    first.close();
    second.close();
    const revisions = await listRevisions(editor, story.id);
    const oldest = revisions.at(-1)!;
    const newest = revisions[0]!;
    const diff = await diffRevisions(editor, { storyId: story.id, fromId: oldest.id, toId: newest.id });
    const byline = diff.find((d) => d.field === 'byline')!;
    expect(byline.changed).toBe(true);
    // How the word diff aligns the two lists depends on the names in them: the new side reads as the new byline, and "Reporter" is new.
    expect(
      byline.parts
        .filter((p) => p.change !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(`${colleague.name} (Writer), Anna Petrova (Reporter), Olga Ivanova (Photographer)`);
    expect(byline.parts.some((p) => p.change === 'added' && p.text.includes('Reporter'))).toBe(true);
    expect(diff.find((d) => d.field === 'bylineWith')).toMatchObject({ changed: true, label: 'With line' });

    await publish(story.id, editor, reviewer);
    const publication = await prisma.publication.findUniqueOrThrow({ where: { storyId: story.id } });
    expect(publication.bylines).toEqual(reordered);
    expect(publication.bylineWith).toBe('With reporting by Ivan Sidorov in Minsk');
    // Readers see the contributor's current name and page.
    await updateContributor(reviewer, { id: anna.id, name: 'Anna Petrova-Sidorova', slug: anna.slug, bio: '' });
    expect(await resolveBylines(publication.bylines, 'en')).toEqual([
      { ...reordered[0], href: null },
      { ...reordered[1], name: 'Anna Petrova-Sidorova', href: `/contributors/${anna.slug}` },
      { ...reordered[2], href: null },
    ]);
  });

  it('a story with no byline has none, and saving without one keeps none', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ headline: 'TASS story without a byline' }));
    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.bylines).toEqual([]);
    expect(await resolveBylines(row.bylines, 'en')).toEqual([]);
  });
});

describe('contributors', () => {
  it("reviewers and admins make and edit contributor records; editors may not; an address is one person's", async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const slug = `ivan-${unique()}`;
    await expect(createContributor(editor, { name: 'Ivan', slug })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const ivan = await createContributor(reviewer, { name: '  Ivan\u0007 Sidorov ', slug, bio: 'Photographer' });
    expect(ivan).toMatchObject({ name: 'Ivan Sidorov', slug });
    await expect(createContributor(reviewer, { name: 'Another Ivan', slug })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { slug: ['That address is taken.'] },
    });
    // Two saving the same new address at the same moment: one record, and the other gets the same clear conflict (no audit row without its record).
    const race = `race-${unique()}`;
    const raced = await Promise.allSettled([
      createContributor(reviewer, { name: 'First', slug: race }),
      createContributor(reviewer, { name: 'Second', slug: race }),
    ]);
    expect(raced.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(raced.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'CONFLICT', fieldErrors: { slug: ['That address is taken.'] } } });
    await expect(createContributor(reviewer, { name: '', slug: '' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { name: ['Enter a name.'] },
    });
    await expect(createContributor(reviewer, { name: 'X', slug: 'Not A Slug!' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    const made = await createContributor(reviewer, { name: `Мария Кузнецова ${unique()}` });
    expect(made.slug).toMatch(/^mariya-kuznecova-/);
    await expect(updateContributor(editor, { id: ivan.id, name: 'Ivan S.', slug, bio: '' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("a contributor's page and feed list their published stories newest first, never a draft, an embargoed or a killed story", async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const olga = await createContributor(reviewer, { name: 'Olga Ivanova', slug: `olga-${unique()}` });
    const other = await createContributor(reviewer, { name: 'Someone Else', slug: `else-${unique()}` });
    const by = (contributor: { id: string; name: string }, role: Byline['role'] = 'writer'): Byline => ({
      kind: 'contributor',
      id: contributor.id,
      name: contributor.name,
      role,
    });
    const make = (headline: string, bylines: Byline[], extra = {}) => saveStoryInput(editor, storyInput({ headline, bylines, ...extra }));

    const older = await make(`Olga older ${unique()}`, [by(olga)]);
    await publish(older.id, editor, reviewer);
    const newer = await make(`Olga newer ${unique()}`, [by(other), by(olga, 'photographer')]);
    await publish(newer.id, editor, reviewer);
    const draft = await make(`Olga draft ${unique()}`, [by(olga)]);
    const embargoed = await make(`Olga embargoed ${unique()}`, [by(olga)], {
      embargoUntil: utcToZonedInput(new Date(Date.now() + 3_600_000), 'Europe/Moscow'),
    });
    await publish(embargoed.id, editor, reviewer);
    const killed = await make(`Olga killed ${unique()}`, [by(olga)]);
    await publish(killed.id, editor, reviewer);
    await transitionStory(reviewer, { storyId: killed.id, action: 'kill', note: 'Withdrawn' });
    const notHers = await make(`Not Olga ${unique()}`, [{ kind: 'name', id: '', name: 'Olga Ivanova', role: 'writer' }]);
    await publish(notHers.id, editor, reviewer);

    const { stories } = await listPublishedStories({ language: 'en', contributorId: olga.id });
    expect(stories.map((s) => s.storyId)).toEqual([newer.id, older.id]);
    expect((await listStoriesForFeed({ language: 'en', contributorId: olga.id })).map((s) => s.storyId)).toEqual([newer.id, older.id]);
    for (const format of ['rss', 'atom'] as const) {
      const feed = (await feedDocument(format, { kind: 'contributor', slug: olga.slug }, 'en'))!;
      expect(feed.body).toContain(`/contributors/${olga.slug}`);
      const headlines = await prisma.story.findMany({ where: { id: { in: [draft.id, embargoed.id, killed.id, notHers.id] } }, select: { headline: true } });
      for (const { headline } of headlines) expect(feed.body, format).not.toContain(headline);
      expect(feed.body.indexOf((await prisma.story.findUniqueOrThrow({ where: { id: newer.id } })).headline)).toBeLessThan(
        feed.body.indexOf((await prisma.story.findUniqueOrThrow({ where: { id: older.id } })).headline),
      );
    }
    expect(await feedDocument('rss', { kind: 'contributor', slug: 'nobody-at-all' }, 'en')).toBeNull();
  });
});

describe('bylines on the wire', () => {
  it('go out as ninjs `by` and NewsML-G2 creator/contributor, and come back in through Use with their roles', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const anna = await createContributor(reviewer, { name: 'Anna Petrova', slug: `anna-${unique()}` });
    const story = await saveStoryInput(
      editor,
      storyInput({
        headline: `Harvest report ${unique()}`,
        bylines: [
          { kind: 'contributor', id: anna.id, name: 'Anna Petrova', role: 'writer' },
          { kind: 'name', id: '', name: 'Ivan Sidorov', role: 'reporter' },
          { kind: 'name', id: '', name: 'Olga Ivanova', role: 'photographer' },
          { kind: 'name', id: '', name: 'Petr Orlov', role: 'translator' },
        ],
        bylineWith: 'With reporting by Maria Kuznetsova',
      }),
    );
    await publish(story.id, editor, reviewer);
    const found = (await getDistributed(story.id, { subscriber: false }))!;
    const ninjs = toNinjs(found.publication, 'https://news.example.com');
    expect(ninjsErrors(ninjs)).toEqual([]);
    expect(ninjs.by).toBe('By Anna Petrova. Reporting: Ivan Sidorov. Photos: Olga Ivanova. Translated by Petr Orlov. With reporting by Maria Kuznetsova');
    const newsml = toNewsml(found.publication, 'https://news.example.com');
    expect(newsmlErrors(newsml)).toBe('');
    expect(newsml).toContain('<creator><name>Anna Petrova</name></creator><creator role="crol:reporter"><name>Ivan Sidorov</name></creator>');
    expect(newsml).toContain(
      '<contributor role="ctrol:photographer"><name>Olga Ivanova</name></contributor><contributor role="ctrol:translator"><name>Petr Orlov</name></contributor>',
    );

    // Another desk takes the NewsML-G2 in and uses it: the people and their roles come with it (free names there).
    const item = (await ingestDocument(Buffer.from(newsml), { source: `Partner ${unique()}` })).outcomes[0]!;
    expect(item.status).toBe('imported');
    const used = await prisma.story.findUniqueOrThrow({ where: { id: (await draftFromWireItem(editor, item.id!)).storyId } });
    expect(used.bylines).toEqual([
      { kind: 'name', id: '', name: 'Anna Petrova', role: 'writer' },
      { kind: 'name', id: '', name: 'Ivan Sidorov', role: 'reporter' },
      { kind: 'name', id: '', name: 'Olga Ivanova', role: 'photographer' },
      { kind: 'name', id: '', name: 'Petr Orlov', role: 'translator' },
    ]);

    // ninjs from an agency: `bylines[]` with titles; an agency named as a byline is no person.
    const agency = JSON.stringify({
      uri: `urn:ap:${unique()}`,
      version: '1',
      type: 'text',
      headlines: [{ role: 'main', value: 'Film review' }],
      copyrightholder: 'AP',
      by: 'By MARK KENNEDY',
      bylines: [{ by: 'By MARK KENNEDY', title: 'AP Entertainment Writer' }, { by: 'Jane Doe', title: 'AP Photographer' }, { by: 'AP' }],
      bodies: [{ role: 'main', contenttype: 'text/html', value: '<p>A review.</p>' }],
    });
    const apItem = (await ingestDocument(Buffer.from(agency), { contentType: 'application/json' })).outcomes[0]!;
    const apStory = await prisma.story.findUniqueOrThrow({ where: { id: (await draftFromWireItem(editor, apItem.id!)).storyId } });
    expect(apStory.bylines).toEqual([
      { kind: 'name', id: '', name: 'MARK KENNEDY', role: 'writer' },
      { kind: 'name', id: '', name: 'Jane Doe', role: 'photographer' },
    ]);
  });
});

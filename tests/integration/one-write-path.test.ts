import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromParagraphs } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { AppError, parseInput } from '@/lib/errors';
import { applyBulkAction } from '@/lib/stories/bulk';
import { deleteSection } from '@/lib/sections/mutations';
import { createStory, followReplacedReference, saveStory } from '@/lib/stories/mutations';
import { mergeTags } from '@/lib/tags/mutations';
import { purgeEmptyDrafts } from '@/lib/stories/purge-empty-drafts';
import { readSharedDraft } from '@/lib/stories/shared-doc/codec';
import { FIELDS_MAP } from '@/lib/stories/shared-doc/fields';
import { transitionStory } from '@/lib/stories/transition';
import { ZSaveStory } from '@/lib/stories/validation';
import { addParagraph, connect, cookieFor, flush, SECRET, startInstance, typeAt, type Client, type Instance } from '../support/collab-clients';
import { seedUser } from '../support/factories';
import { emptyDraft } from '@/lib/stories/draft';
import { saveStoryInput, storyInput } from '../support/story-input';

const BODY_TEXT = 'Talks began.\nThe Kremlin confirmed the meeting.\nBoth sides called it constructive.';
const storyRow = (id: string) => prisma.story.findUniqueOrThrow({ where: { id } });
const sharedDraftOf = async (id: string) => {
  const row = await prisma.storyCollabState.findUniqueOrThrow({ where: { storyId: id } });
  const doc = new Y.Doc();
  Y.applyUpdate(doc, row.state);
  return { draft: readSharedDraft(doc, { ...storyInputDraft }), storeErrors: row.storeErrors };
};
const storyInputDraft = emptyDraft();
const refusedAtTheDoor = async (client: Client) => {
  await expect.poll(() => client.notices.find((n) => n.type === 'refused'), { timeout: 5_000 }).toBeTruthy();
  client.close();
};

describe('one write path: a story is written only from its shared document, and "Saved" means stored', () => {
  const savedSecret = process.env.AUTH_SECRET;
  let instance: Instance;
  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    instance = await startInstance('write-path');
  });
  afterAll(async () => {
    await instance.stop();
    process.env.AUTH_SECRET = savedSecret;
  });

  it('a malformed field from a raw client is refused at the door and never poisons the story: the typed text is stored, survives a reload and is what Publish publishes', async () => {
    const editor = await seedUser('EDITOR');
    const attacker = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const tag = await prisma.tag.create({
      data: { name: `Kremlin ${Date.now()}`, normalizedName: `kremlin ${Date.now()}`, slug: `kremlin-${Date.now()}`, kind: 'ORGANISATION' },
    });
    const story = await saveStoryInput(editor, storyInput({ headline: 'Talks in Moscow', tagIds: [tag.id], body: docFromParagraphs(['Talks began.']) }));
    const honest = await connect(instance.url, story.id, (await cookieFor(editor)).cookie);
    const { cookie } = await cookieFor(attacker);

    const attacks: [string, (doc: Y.Doc) => void][] = [
      ['tags as a string', (doc) => doc.getMap(FIELDS_MAP).set('tags', 'oops')],
      ['tags as a number', (doc) => doc.getMap(FIELDS_MAP).set('tags', 42)],
      ['tags as null', (doc) => doc.getMap(FIELDS_MAP).set('tags', null)],
      ['tags as an object', (doc) => doc.getMap(FIELDS_MAP).set('tags', { id: tag.id })],
      ['a structure in a field', (doc) => doc.getMap(FIELDS_MAP).set('sectionId', new Y.Map())],
      ['a field that is not one', (doc) => doc.getMap(FIELDS_MAP).set('status', 'PUBLISHED')],
      ['a 100,000-character headline', (doc) => doc.getText('headline').insert(0, 'x'.repeat(100_000))],
      ['formatting in the headline', (doc) => doc.getText('headline').format(0, 5, { bold: true })],
      ['a part that is not a story', (doc) => doc.getArray('evil').insert(0, ['x'])],
      ['a node the editor does not have', (doc) => doc.getXmlFragment('default').insert(0, [new Y.XmlElement('script')])],
    ];
    for (const [name, attack] of attacks) {
      const evil = await connect(instance.url, story.id, cookie);
      attack(evil.doc);
      await refusedAtTheDoor(evil);
      expect(honest.doc.getMap(FIELDS_MAP).get('tags'), name).toEqual([{ id: tag.id, name: tag.name, kind: 'ORGANISATION' }]);
      expect(honest.doc.getText('headline').toString(), name).toBe('Talks in Moscow');
      expect(honest.doc.getMap(FIELDS_MAP).has('status'), name).toBe(false);
    }

    // The honest editor goes on typing: stored, nothing held, and the row has it.
    addParagraph(honest, 'The Kremlin confirmed the meeting.');
    addParagraph(honest, 'Both sides called it constructive.');
    const answer = await flush(honest);
    expect(answer).toMatchObject({ type: 'stored', held: {} });
    await expect.poll(async () => (await storyRow(story.id)).bodyText, { timeout: 5_000 }).toBe(BODY_TEXT.replaceAll('\n', '\n\n'));
    honest.close();

    // A reload (a fresh client) opens the story as typed, tags intact.
    const again = await connect(instance.url, story.id, (await cookieFor(editor)).cookie);
    expect(again.text()).toBe(BODY_TEXT);
    expect(again.doc.getMap(FIELDS_MAP).get('tags')).toEqual([{ id: tag.id, name: tag.name, kind: 'ORGANISATION' }]);
    again.close();

    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
    const published = await prisma.publication.findUniqueOrThrow({ where: { storyId: story.id } });
    expect(published.bodyText).toContain('Both sides called it constructive.');
  });

  it('a date the story cannot hold stays as typed and is said to every screen, never "stored" whole; every move is refused until it is fixed, and then the text is published', async () => {
    const editor = await seedUser('EDITOR');
    const colleague = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(
      editor,
      storyInput({ headline: 'Grain corridor', datelineDate: '2026-12-06', body: docFromParagraphs(['Ships left Odesa.']) }),
    );
    const first = await connect(instance.url, story.id, (await cookieFor(editor)).cookie);
    const second = await connect(instance.url, story.id, (await cookieFor(colleague)).cookie);
    first.doc.getMap(FIELDS_MAP).set('datelineDate', '0000-01-01');
    addParagraph(second, 'Three more are loading.');
    const answer = await flush(second);
    expect(answer.type).toBe('stored');
    for (const client of [first, second]) {
      await expect.poll(() => client.stored.at(-1)?.held.datelineDate, { timeout: 5_000 }).toEqual(['Use a year between 1800 and 2999.']);
    }
    const row = await storyRow(story.id);
    expect(row.bodyText).toBe('Ships left Odesa.\n\nThree more are loading.'); // the rest is written
    expect(row.datelineDate?.toISOString().slice(0, 10)).toBe('2026-12-06');
    const move = transitionStory(editor, { storyId: story.id, action: 'submit' });
    await expect(move).rejects.toMatchObject({ code: 'INVALID_INPUT', fieldErrors: { datelineDate: ['Use a year between 1800 and 2999.'] } });
    await expect(move).rejects.toThrow(/Not saved — Dateline date: Use a year between 1800 and 2999\./);
    first.close();
    second.close();

    // Reloaded: the document still holds what was typed, date included.
    const again = await connect(instance.url, story.id, (await cookieFor(editor)).cookie);
    expect(again.text()).toBe('Ships left Odesa.\nThree more are loading.');
    expect(again.doc.getMap(FIELDS_MAP).get('datelineDate')).toBe('0000-01-01');
    again.doc.getMap(FIELDS_MAP).set('datelineDate', '2026-12-07');
    await expect.poll(async () => (await flush(again)).type === 'stored' && again.stored.at(-1)?.held, { timeout: 10_000 }).toEqual({});
    again.close();
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await transitionStory(reviewer, { storyId: story.id, action: 'publish' });
    const published = await prisma.publication.findUniqueOrThrow({ where: { storyId: story.id } });
    expect(published.bodyText).toBe('Ships left Odesa.\n\nThree more are loading.');
    expect(published.datelineDate?.toISOString().slice(0, 10)).toBe('2026-12-07');
  });

  it('a store the database refuses is never "stored": the screens are told, the text is kept, moves are refused, and it is stored once the database takes it', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Power cut', body: docFromParagraphs(['Lights went out.']) }));
    const client = await connect(instance.url, story.id, (await cookieFor(editor)).cookie);
    const trigger = `refuse_${story.id.replace(/[^a-z0-9]/gi, '')}`;
    await prisma.$executeRawUnsafe(`CREATE FUNCTION ${trigger}() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$ LANGUAGE plpgsql`);
    await prisma.$executeRawUnsafe(
      `CREATE TRIGGER ${trigger} BEFORE UPDATE ON "Story" FOR EACH ROW WHEN (OLD.id = '${story.id}') EXECUTE FUNCTION ${trigger}()`,
    );
    try {
      typeAt(client, 0, 'Moscow: ');
      expect(await flush(client)).toMatchObject({ type: 'not-stored' });
      expect(client.stored).toHaveLength(0);
      expect((await storyRow(story.id)).bodyText).toBe('Lights went out.');
      const kept = await sharedDraftOf(story.id);
      expect(kept.storeErrors).toMatchObject({ document: [expect.stringMatching(/could not be stored/)] });
      expect(JSON.stringify(kept.draft.body)).toContain('Moscow: Lights went out.');
      await expect(transitionStory(editor, { storyId: story.id, action: 'submit' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    } finally {
      await prisma.$executeRawUnsafe(`DROP TRIGGER ${trigger} ON "Story"`);
      await prisma.$executeRawUnsafe(`DROP FUNCTION ${trigger}()`);
    }
    // Tried again by the server by itself.
    await expect.poll(() => client.stored.at(-1)?.held, { timeout: 15_000 }).toEqual({});
    expect((await storyRow(story.id)).bodyText).toBe('Moscow: Lights went out.');
    expect((await sharedDraftOf(story.id)).storeErrors).toBeNull();
    client.close();
  });

  it("headline text merges per character: two people typing in it at once keep each other's words", async () => {
    const elena = await seedUser('EDITOR');
    const roman = await seedUser('REVIEWER');
    const story = await saveStoryInput(elena, storyInput({ headline: 'Central bank raises rate' }));
    const first = await connect(instance.url, story.id, (await cookieFor(elena)).cookie);
    const second = await connect(instance.url, story.id, (await cookieFor(roman)).cookie);
    const ofRussia = ' of Russia';
    const statement = ' — statement';
    for (let i = 0; i < Math.max(ofRussia.length, statement.length); i++) {
      if (i < ofRussia.length) first.doc.getText('headline').insert('Central bank'.length + i, ofRussia[i]!);
      if (i < statement.length) second.doc.getText('headline').insert(second.doc.getText('headline').length, statement[i]!);
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    const merged = 'Central bank of Russia raises rate — statement';
    for (const client of [first, second]) await expect.poll(() => client.doc.getText('headline').toString(), { timeout: 5_000 }).toBe(merged);
    await flush(first);
    await expect.poll(async () => (await storyRow(story.id)).headline, { timeout: 5_000 }).toBe(merged);
    first.close();
    second.close();
  });

  it("writes from elsewhere (bulk changes, a program's save) go through the shared document and reach everyone with it open", async () => {
    const editor = await seedUser('EDITOR');
    const section = await prisma.section.create({ data: { name: `Economy ${Date.now()}`, slug: `economy-${Date.now()}`, position: 99 } });
    const tag = await prisma.tag.create({
      data: { name: `Gazprom ${Date.now()}`, normalizedName: `gazprom ${Date.now()}`, slug: `gazprom-${Date.now()}`, kind: 'ORGANISATION' },
    });
    const story = await saveStoryInput(editor, storyInput({ headline: 'Gas prices', body: docFromParagraphs(['Prices rose.']) }));
    const client = await connect(instance.url, story.id, (await cookieFor(editor)).cookie);
    typeAt(client, 0, 'Europe: ');
    const outcome = await applyBulkAction(editor, { action: 'setSection', storyIds: [story.id], sectionId: section.id });
    expect(outcome.refused).toEqual([]);
    await applyBulkAction(editor, { action: 'addTag', storyIds: [story.id], tagId: tag.id });
    await expect.poll(() => client.doc.getMap(FIELDS_MAP).get('sectionId'), { timeout: 5_000 }).toBe(section.id);
    await expect.poll(() => (client.doc.getMap(FIELDS_MAP).get('tags') as { id: string }[]).map((t) => t.id), { timeout: 5_000 }).toEqual([tag.id]);
    // What the person typed meanwhile is still there, and stored with the bulk change.
    await flush(client);
    await expect.poll(async () => (await storyRow(story.id)).bodyText, { timeout: 5_000 }).toBe('Europe: Prices rose.');
    expect((await storyRow(story.id)).sectionId).toBe(section.id);

    // A program's save on a stale version is refused; on the current one it reaches the open document.
    const current = await storyRow(story.id);
    await expect(
      saveStory(editor, parseInput(ZSaveStory, { ...storyInput({ headline: 'Stale' }), id: story.id, baseVersion: current.version - 1 })),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await saveStory(
      editor,
      parseInput(ZSaveStory, {
        ...storyInput({ headline: 'Gas prices in Europe', sectionId: section.id, tagIds: [tag.id], body: docFromParagraphs(['Europe: Prices rose.']) }),
        id: story.id,
        baseVersion: current.version,
      }),
    );
    await expect.poll(() => client.doc.getText('headline').toString(), { timeout: 5_000 }).toBe('Gas prices in Europe');
    client.close();
  });

  it('a story exists from "New story": blank, with its shared document, and one nobody wrote in is removed a day later', async () => {
    const editor = await seedUser('EDITOR');
    const blank = await createStory(editor);
    const written = await createStory(editor);
    expect(await storyRow(blank.id)).toMatchObject({ status: 'DRAFT', headline: '', version: 1, authorId: editor.id });
    expect(await prisma.storyCollabState.findUnique({ where: { storyId: blank.id } })).not.toBeNull();
    const client = await connect(instance.url, written.id, (await cookieFor(editor)).cookie);
    client.doc.getText('headline').insert(0, 'Snow closes Sheremetyevo');
    await flush(client);
    await expect.poll(async () => (await storyRow(written.id)).slug, { timeout: 5_000 }).toBe('snow-closes-sheremetyevo');
    client.close();

    const tomorrow = new Date(Date.now() + 25 * 3_600_000);
    await expect(purgeEmptyDrafts(new Date())).resolves.toBe(0);
    await purgeEmptyDrafts(tomorrow);
    expect(await prisma.story.findUnique({ where: { id: blank.id } })).toBeNull();
    expect(await prisma.story.findUnique({ where: { id: written.id } })).not.toBeNull();
  });

  it("refuses what a program's save sets whole, writing nothing", async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Before' }));
    const attempt = saveStory(editor, parseInput(ZSaveStory, { ...storyInput({ headline: 'After', tagIds: ['no-such-tag'] }), id: story.id, baseVersion: 1 }));
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    expect(await storyRow(story.id)).toMatchObject({ headline: 'Before', version: 1 });
    expect((await sharedDraftOf(story.id)).draft.headline).toBe('Before');
  });
  it('a tag merged and a section deleted under open stories reach their documents, and nothing is held back', async () => {
    const admin = await seedUser('ADMIN');
    const stamp = Date.now();
    const old = await prisma.section.create({ data: { name: `Old desk ${stamp}`, slug: `old-desk-${stamp}`, position: 98 } });
    const next = await prisma.section.create({ data: { name: `New desk ${stamp}`, slug: `new-desk-${stamp}`, position: 99 } });
    const source = await prisma.tag.create({
      data: { name: `Rosneft Oil ${stamp}`, normalizedName: `rosneft oil ${stamp}`, slug: `rosneft-oil-${stamp}`, kind: 'ORGANISATION' },
    });
    const target = await prisma.tag.create({
      data: { name: `Rosneft ${stamp}`, normalizedName: `rosneft ${stamp}`, slug: `rosneft-${stamp}`, kind: 'ORGANISATION' },
    });
    const story = await saveStoryInput(
      admin,
      storyInput({ headline: 'Oil output', sectionId: old.id, tagIds: [source.id], body: docFromParagraphs(['Output rose.']) }),
    );
    const client = await connect(instance.url, story.id, (await cookieFor(admin)).cookie);
    await mergeTags(admin, { sourceId: source.id, targetId: target.id });
    await followReplacedReference(admin, { tagId: source.id, by: { id: target.id, name: target.name, kind: 'ORGANISATION' } });
    await deleteSection(admin, { id: old.id, moveTo: next.id });
    await expect.poll(() => client.doc.getMap(FIELDS_MAP).get('sectionId'), { timeout: 5_000 }).toBe(next.id);
    await expect.poll(() => (client.doc.getMap(FIELDS_MAP).get('tags') as { id: string }[]).map((t) => t.id), { timeout: 5_000 }).toEqual([target.id]);
    typeAt(client, 0, 'Russia: ');
    expect(await flush(client)).toMatchObject({ type: 'stored', held: {} });
    expect(await storyRow(story.id)).toMatchObject({ sectionId: next.id, bodyText: 'Russia: Output rose.' });
    client.close();
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromParagraphs } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { BODY_FIELD } from '@/lib/stories/shared-doc/fields';
import { fieldSuggestionsMapOf } from '@/lib/stories/shared-doc/suggestions';
import { decideStorySuggestions } from '@/lib/stories/suggestion-decisions';
import { transitionStory } from '@/lib/stories/transition';
import { newSuggestionId } from '@/lib/suggestions/ids';
import { connect, cookieFor, flush, SECRET, startInstance, type Instance } from '../support/collab-clients';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

/** The body's characters as an editor holds them, suggestions included (XmlText.toString() would write the marks as tags). */
const charactersOf = (doc: Y.Doc) => (firstText(doc).toDelta() as { insert: string }[]).map((op) => op.insert).join('');
const firstText = (doc: Y.Doc) => (doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;

/** Publishes a story once its suggestions are decided (approving it again if a decision reopened review) and reads its publication. */
async function publishAsReviewer(reviewer: Awaited<ReturnType<typeof seedUser>>, storyId: string) {
  const { status } = await prisma.story.findUniqueOrThrow({ where: { id: storyId } });
  if (status === 'IN_REVIEW') await transitionStory(reviewer, { storyId, action: 'approve' });
  await transitionStory(reviewer, { storyId, action: 'publish' });
  return prisma.publication.findUniqueOrThrow({ where: { storyId } });
}

describe('suggestions: proposed in the shared text, decided on the server, never published open', () => {
  const savedSecret = process.env.AUTH_SECRET;
  let instance: Instance;
  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    instance = await startInstance('suggestions');
  });
  afterAll(async () => {
    await instance.stop();
    process.env.AUTH_SECRET = savedSecret;
  });

  it('a reviewer’s suggestions are kept out of the stored story, hold back Publish with how many and where, and each decision is recorded and reaches open editors', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Talks in Moscow', body: docFromParagraphs(['Talks began on Monday.']) }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });

    const editorsBrowser = await connect(instance.url, story.id, (await cookieFor(editor)).cookie);
    const reviewersBrowser = await connect(instance.url, story.id, (await cookieFor(reviewer)).cookie);
    const inserted = newSuggestionId(reviewer.id);
    const deleted = newSuggestionId(reviewer.id);
    const headline = newSuggestionId(reviewer.id);
    reviewersBrowser.doc.transact(() => {
      firstText(reviewersBrowser.doc).insert('Talks began'.length, ' in the Kremlin', { insertion: { id: inserted } });
      firstText(reviewersBrowser.doc).format('Talks began in the Kremlin '.length, 'on Monday'.length, { deletion: { id: deleted } });
      fieldSuggestionsMapOf(reviewersBrowser.doc).set(headline, { field: 'headline', text: 'Kremlin talks begin' });
    });
    expect((await flush(reviewersBrowser)).type).toBe('stored');
    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(row.bodyText).toBe('Talks began on Monday.');
    expect(row.headline).toBe('Talks in Moscow');
    await expect.poll(() => charactersOf(editorsBrowser.doc)).toBe('Talks began in the Kremlin on Monday.');

    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await expect(transitionStory(reviewer, { storyId: story.id, action: 'publish' })).rejects.toThrow(
      'This story has 3 open suggestions (paragraph 1 and the headline). Accept or reject them before publishing.',
    );

    const beforeDecision = Y.encodeStateAsUpdate(editorsBrowser.doc);
    const outcome = await decideStorySuggestions(editor, story.id, [inserted, headline], 'accept');
    // The answer carries the decision as an update of the shared text: the decider's browser applies it at once, and
    // the copy the collaboration server passes on later changes nothing more.
    const decidersCopy = new Y.Doc();
    Y.applyUpdate(decidersCopy, beforeDecision);
    Y.applyUpdate(decidersCopy, Buffer.from(outcome.sharedUpdate, 'base64'));
    const marksIn = (doc: Y.Doc) => (firstText(doc).toDelta() as { attributes?: object }[]).flatMap((op) => Object.keys(op.attributes ?? {}));
    expect([charactersOf(decidersCopy), marksIn(decidersCopy), fieldSuggestionsMapOf(decidersCopy).size]).toEqual([
      'Talks began in the Kremlin on Monday.',
      ['deletion'],
      0,
    ]);
    await expect.poll(() => marksIn(editorsBrowser.doc)).toEqual(['deletion']);
    const passedOn = Y.encodeStateVector(decidersCopy);
    Y.applyUpdate(decidersCopy, Y.encodeStateAsUpdate(editorsBrowser.doc, passedOn));
    expect(Y.encodeStateVector(decidersCopy)).toEqual(passedOn);
    const accepted = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(accepted.bodyText).toBe('Talks began in the Kremlin on Monday.');
    expect(accepted.headline).toBe('Kremlin talks begin');
    // The revision history has the accepted text as the decider's.
    const revision = await prisma.storyRevision.findFirstOrThrow({ where: { storyId: story.id }, orderBy: { number: 'desc' } });
    expect([revision.authorId, revision.headline, revision.bodyText]).toEqual([editor.id, 'Kremlin talks begin', 'Talks began in the Kremlin on Monday.']);
    await expect.poll(() => fieldSuggestionsMapOf(reviewersBrowser.doc).size).toBe(0);
    // One decision, one entry, with who made it and each suggestion it decided.
    const audit = await prisma.auditEvent.findMany({ where: { storyId: story.id, action: 'story.acceptSuggestion' } });
    expect(audit.map((a) => [a.actorId, a.note])).toEqual([[editor.id, '2 suggestions: headline ‘Kremlin talks begin’; insert ‘ in the Kremlin’']]);
    expect((audit[0]!.data as { suggestions: { id: string; authorId: string }[] }).suggestions.map((s) => [s.id, s.authorId])).toEqual([
      [headline, reviewer.id],
      [inserted, reviewer.id],
    ]);
    // Decided already: said, and nothing changes.
    const again = decideStorySuggestions(reviewer, story.id, [inserted], 'reject');
    await expect(again).rejects.toBeInstanceOf(AppError);
    await expect(again).rejects.toThrow('That suggestion is no longer in the story');

    await decideStorySuggestions(editor, story.id, 'all', 'reject');
    await expect.poll(() => charactersOf(editorsBrowser.doc)).toBe('Talks began in the Kremlin on Monday.');
    expect((await prisma.auditEvent.findMany({ where: { storyId: story.id, action: 'story.rejectSuggestion' } })).map((a) => a.note)).toEqual([
      'delete ‘on Monday’',
    ]);

    const publication = await publishAsReviewer(reviewer, story.id);
    expect(publication.bodyText).toBe('Talks began in the Kremlin on Monday.');
    expect(JSON.stringify(publication.body)).not.toMatch(/insertion|deletion/);
    editorsBrowser.close();
    reviewersBrowser.close();
  });

  it('an image proposed whole is a suggestion on its block: kept out of the stored story, holding back Publish, accepted into the text and published plain', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Talks in Moscow', body: docFromParagraphs(['Talks began on Monday.']) }));
    await transitionStory(editor, { storyId: story.id, action: 'submit' });
    const reviewersBrowser = await connect(instance.url, story.id, (await cookieFor(reviewer)).cookie);
    const proposed = newSuggestionId(reviewer.id);
    reviewersBrowser.doc.transact(() => {
      const figure = new Y.XmlElement('figure');
      for (const [key, value] of Object.entries({ src: 'https://example.com/delegates.jpg', alt: 'Delegates', caption: 'Delegates at the table' }))
        figure.setAttribute(key, value);
      figure.setAttribute('suggestions', JSON.stringify([{ type: 'insertion', attrs: { id: proposed } }]));
      reviewersBrowser.doc.getXmlFragment(BODY_FIELD).insert(1, [figure]);
    });
    expect(await flush(reviewersBrowser)).toMatchObject({ type: 'stored' });
    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(JSON.stringify(row.body)).not.toContain('delegates.jpg');
    await transitionStory(reviewer, { storyId: story.id, action: 'approve' });
    await expect(transitionStory(reviewer, { storyId: story.id, action: 'publish' })).rejects.toThrow('This story has 1 open suggestion (paragraph 1).');

    await decideStorySuggestions(editor, story.id, [proposed], 'accept');
    const accepted = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(
      (accepted.body as { content: { type: string; attrs?: Record<string, unknown> }[] }).content.map((node) => [node.type, node.attrs?.suggestions]),
    ).toEqual([
      ['paragraph', undefined],
      ['figure', undefined],
    ]);
    expect((await prisma.auditEvent.findMany({ where: { storyId: story.id, action: 'story.acceptSuggestion' } })).map((a) => a.note)).toEqual([
      'insert ‘[image] Delegates at the table’',
    ]);
    const publication = await publishAsReviewer(reviewer, story.id);
    expect(JSON.stringify(publication.body)).toContain('delegates.jpg');
    expect(JSON.stringify(publication.body)).not.toMatch(/suggestions|insertion/);
    reviewersBrowser.close();
  });

  it('accepting a proposed headline the story cannot hold is refused with the rule, writes nothing and leaves the suggestion open', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Short', body: docFromParagraphs(['Text.']) }));
    const browser = await connect(instance.url, story.id, (await cookieFor(reviewer)).cookie);
    const id = newSuggestionId(reviewer.id);
    fieldSuggestionsMapOf(browser.doc).set(id, { field: 'headline', text: 'H'.repeat(170) });
    expect((await flush(browser)).type).toBe('stored');
    const before = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    await expect(decideStorySuggestions(editor, story.id, [id], 'accept')).rejects.toThrow(/160 characters/);
    const after = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect([after.headline, after.version]).toEqual([before.headline, before.version]);
    expect(await prisma.auditEvent.count({ where: { storyId: story.id, action: 'story.acceptSuggestion' } })).toBe(0);
    expect(fieldSuggestionsMapOf(browser.doc).has(id)).toBe(true);
    browser.close();
  });

  it('a suggestion id not naming its author and time is refused at the door; an honest one goes in', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Door', body: docFromParagraphs(['Text.']) }));
    const browser = await connect(instance.url, story.id, (await cookieFor(editor)).cookie);
    firstText(browser.doc).insert(0, 'Forged ', { insertion: { id: 'not-an-id' } });
    await expect.poll(() => browser.notices.find((n) => n.type === 'refused'), { timeout: 5_000 }).toBeTruthy();
    browser.close();
  });
});

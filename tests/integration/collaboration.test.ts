import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { docFromParagraphs, readDoc } from '@/lib/content/document';
import { peopleOnStories } from '@/lib/collab/queries';
import { restoreRevision } from '@/lib/stories/mutations';
import { anchorAt, locateAnchor } from '@/lib/comments/anchor';
import { flattenDoc } from '@/lib/comments/flat-text';
import { addComment } from '@/lib/comments/mutations';
import { prisma } from '@/lib/db';
import { setText } from '@/lib/stories/shared-doc/codec';
import { BODY_FIELD } from '@/lib/stories/shared-doc/fields';
import { transitionStory } from '@/lib/stories/transition';
import { connect, cookieFor, SECRET, startInstance, typeAt, upgradeStatus, type Instance } from '../support/collab-clients';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

describe('co-editing a story on PostgreSQL', () => {
  const saved = process.env.AUTH_SECRET;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    [a, b] = await Promise.all([startInstance('collab-a'), startInstance('collab-b')]);
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    process.env.AUTH_SECRET = saved;
  });

  it('two editors on two instances type in the same paragraph at once: both keep their words, everywhere and in the database', async () => {
    const elena = await seedUser('EDITOR');
    const roman = await seedUser('REVIEWER');
    const story = await saveStoryInput(elena, storyInput({ body: docFromParagraphs(['The ceasefire held overnight.']) }));
    const first = await connect(a.url, story.id, (await cookieFor(elena)).cookie);
    const second = await connect(b.url, story.id, (await cookieFor(roman)).cookie);
    expect(first.text()).toBe('The ceasefire held overnight.');
    expect(second.text()).toBe('The ceasefire held overnight.');
    typeAt(first, 0, 'UPDATE: ');
    typeAt(second, 'The ceasefire held overnight'.length, ', officials said');
    for (const client of [first, second]) {
      await expect.poll(client.text, { timeout: 5_000 }).toContain('UPDATE: ');
      await expect.poll(client.text, { timeout: 5_000 }).toContain(', officials said');
    }
    expect(first.text()).toBe(second.text());
    expect(first.text()).toBe('UPDATE: The ceasefire held overnight, officials said.');
    // Written through the save path: the body, a revision, "last changed by".
    await expect
      .poll(async () => (await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText, { timeout: 12_000 })
      .toBe('UPDATE: The ceasefire held overnight, officials said.');
    const row = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    expect([elena.id, roman.id]).toContain(row.lastEditorId);
    const revision = await prisma.storyRevision.findFirstOrThrow({ where: { storyId: story.id }, orderBy: { number: 'desc' } });
    expect(JSON.stringify(revision.body)).toContain('officials said'); // the revision (coalesced per author) holds the merged text
    first.close();
    second.close();
  });

  it('readers never connect; a killed story is read-only; a deactivated editor is disconnected at once', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['Talks resumed in Geneva.']) }));
    // Without a desk session the upgrade itself is refused: no socket, no message read.
    expect(await upgradeStatus(a.url, {})).toBe(401);
    expect(await upgradeStatus(a.url, { cookie: 'authjs.session-token=forged' })).toBe(401);

    const { cookie } = await cookieFor(editor);
    const client = await connect(a.url, story.id, cookie);
    await prisma.user.update({ where: { id: editor.id }, data: { active: false } });
    await expect.poll(() => client.events.some((e) => e.startsWith('close:4401')), { timeout: 6_000 }).toBe(true);
    client.close();

    // Killed: the reviewer may still open it, but nothing typed reaches the story.
    await transitionStory(editor, { storyId: story.id, action: 'submit' }).catch(() => null);
    const published = await saveStoryInput(reviewer, storyInput({ priority: 'FLASH', body: docFromParagraphs(['Blast near the port.']) }));
    await transitionStory(reviewer, { storyId: published.id, action: 'publishNow' });
    await transitionStory(reviewer, { storyId: published.id, action: 'kill', note: 'Wrong port.' });
    const watcher = await connect(b.url, published.id, (await cookieFor(reviewer)).cookie);
    typeAt(watcher, 0, 'EDITED ');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await prisma.story.findUniqueOrThrow({ where: { id: published.id } })).bodyText).toBe('Blast near the port.');
    const other = await connect(a.url, published.id, (await cookieFor(reviewer)).cookie);
    expect(other.text()).toBe('Blast near the port.');
    watcher.close();
    other.close();
  });

  it('a restart loses no acknowledged edit; junk and floods are refused without touching the document', async () => {
    const editor = await seedUser('EDITOR');
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs(['Markets opened higher.']) }));
    const { cookie } = await cookieFor(editor);
    const client = await connect(a.url, story.id, cookie);
    typeAt(client, 0, 'Moscow: ');
    await expect
      .poll(async () => (await prisma.storyCollabState.findUnique({ where: { storyId: story.id } }))?.updatedAt.getTime() ?? 0, { timeout: 8_000 })
      .toBeGreaterThan(Date.now() - 8_000);
    await a.stop();
    a = await startInstance('collab-a2');
    const again = await connect(a.url, story.id, cookie);
    expect(again.text()).toBe('Moscow: Markets opened higher.');
    client.close();

    // A client that sends junk, then one that floods: both cut off; the text is as it was.
    const raw = new WebSocket(a.url, { headers: { cookie } });
    await new Promise((resolve) => raw.once('open', resolve));
    const closed = new Promise<number>((resolve) => raw.once('close', (code) => resolve(code)));
    for (let i = 0; i < 1000 && raw.readyState === WebSocket.OPEN; i++) raw.send(Buffer.from([0xff, 0xfe, i & 0xff, 0x00, 0x01]));
    expect(await closed).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(again.text()).toBe('Moscow: Markets opened higher.');
    again.close();
  });

  it('the other fields are shared too: a headline typed by one is on every screen and saved; a refused field is held (and said), the rest saved', async () => {
    const elena = await seedUser('EDITOR');
    const roman = await seedUser('REVIEWER');
    const story = await saveStoryInput(elena, storyInput({ headline: 'Floods in the south', body: docFromParagraphs(['Rivers rose overnight.']) }));
    const first = await connect(a.url, story.id, (await cookieFor(elena)).cookie);
    const second = await connect(b.url, story.id, (await cookieFor(roman)).cookie);
    expect(second.doc.getText('headline').toString()).toBe('Floods in the south');
    first.doc.getText('headline').insert('Floods in the south'.length, ': thousands evacuated');
    await expect.poll(() => second.doc.getText('headline').toString(), { timeout: 5_000 }).toBe('Floods in the south: thousands evacuated');
    await expect
      .poll(async () => (await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).headline, { timeout: 12_000 })
      .toBe('Floods in the south: thousands evacuated');

    // "Save" from the desk: stored at once, and the answer says these edits are in it.
    typeAt(second, 0, 'Officials said ');
    first.provider.sendStateless(JSON.stringify({ type: 'flush' }));
    second.provider.sendStateless(JSON.stringify({ type: 'flush' }));
    await expect
      .poll(async () => (await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText, { timeout: 5_000 })
      .toBe('Officials said Rivers rose overnight.');
    await expect.poll(() => second.stored.length, { timeout: 5_000 }).toBeGreaterThan(0);
    const version = (await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).version;
    await expect.poll(() => second.stored.at(-1)?.version, { timeout: 5_000 }).toBe(version);

    // A headline over the limit is held at its saved value and reported; the body still saves.
    setText(first.doc.getText('headline'), 'x'.repeat(400));
    typeAt(first, 0, 'Update: ');
    first.provider.sendStateless(JSON.stringify({ type: 'flush' }));
    await expect
      .poll(async () => (await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText, { timeout: 8_000 })
      .toBe('Update: Officials said Rivers rose overnight.');
    expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).headline).toBe('Floods in the south: thousands evacuated');
    await expect.poll(() => Object.keys(first.stored.at(-1)?.held ?? {}), { timeout: 5_000 }).toEqual(['headline']);

    // Presence for the desk lists: both are on the story.
    const people = (await peopleOnStories([story.id])).get(story.id) ?? [];
    expect(people.map((p) => p.userId).sort()).toEqual([elena.id, roman.id].sort());
    first.provider.sendStateless(JSON.stringify({ type: 'activity', activity: 'typing' }));
    await expect
      .poll(async () => (await peopleOnStories([story.id])).get(story.id)?.find((p) => p.userId === elena.id)?.activity, { timeout: 5_000 })
      .toBe('typing');
    first.close();
    await expect.poll(async () => (await peopleOnStories([story.id])).get(story.id)?.map((p) => p.userId), { timeout: 5_000 }).toEqual([roman.id]);
    second.close();
  });

  it('a revision restored from the history reaches everyone with the story open, and is not overwritten by the shared text', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const story = await saveStoryInput(editor, storyInput({ headline: 'Grain deal talks', body: docFromParagraphs(['Talks began in Istanbul.']) }));
    const first = await connect(a.url, story.id, (await cookieFor(editor)).cookie);
    const second = await connect(b.url, story.id, (await cookieFor(reviewer)).cookie);
    typeAt(second, 0, 'Wrong: ');
    await expect
      .poll(async () => (await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText, { timeout: 12_000 })
      .toBe('Wrong: Talks began in Istanbul.');
    const original = await prisma.storyRevision.findFirstOrThrow({ where: { storyId: story.id }, orderBy: { number: 'asc' } });
    const current = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    await restoreRevision(editor, { storyId: story.id, revisionId: original.id, baseVersion: current.version });
    for (const client of [first, second]) await expect.poll(client.text, { timeout: 5_000 }).toBe('Talks began in Istanbul.');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText).toBe('Talks began in Istanbul.');
    first.close();
    second.close();
  });

  it('a review comment anchored to a phrase keeps its anchor while two people type around it at once', async () => {
    const editor = await seedUser('EDITOR');
    const reviewer = await seedUser('REVIEWER');
    const text = 'The minister said the talks would resume on Monday in Geneva.';
    const story = await saveStoryInput(editor, storyInput({ body: docFromParagraphs([text]) }));
    const phrase = 'would resume on Monday';
    const start = text.indexOf(phrase);
    const anchor = anchorAt(text, start, start + phrase.length);
    await addComment(reviewer, { storyId: story.id, text: 'Which Monday?', anchor });

    const first = await connect(a.url, story.id, (await cookieFor(editor)).cookie);
    const second = await connect(b.url, story.id, (await cookieFor(reviewer)).cookie);
    // At once: one types before the phrase, the other after it, a character at a time, interleaved.
    const before = 'Speaking late, ';
    const after = ' next week';
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      if (i < before.length) typeAt(first, i, before[i]!);
      const end = (second.doc.getXmlFragment(BODY_FIELD).get(0) as Y.XmlElement).get(0) as Y.XmlText;
      if (i < after.length) end.insert(end.toString().indexOf(' in Geneva'), after[i]!);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const merged = 'Speaking late, The minister said the talks would resume on Monday next week in Geneva.';
    for (const client of [first, second]) await expect.poll(client.text, { timeout: 5_000 }).toBe(merged);
    await expect.poll(async () => (await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).bodyText, { timeout: 12_000 }).toBe(merged);
    const saved = flattenDoc(readDoc((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).body)).text;
    const found = locateAnchor(saved, anchor);
    expect(found && saved.slice(found.start, found.end)).toBe(phrase);
    first.close();
    second.close();
  });
});

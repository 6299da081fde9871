// An embed in a story's shared document: it reaches the other editor's screen and the
// database as the same node, its caption is edited live, and a forged one is refused at
// the door before anyone else sees it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDoc } from '@/lib/content/document';
import { prisma } from '@/lib/db';
import { BODY_FIELD } from '@/lib/stories/shared-doc/fields';
import { connect, cookieFor, SECRET, startInstance, type Client, type Instance } from '../support/collab-clients';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const YOUTUBE = { provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', caption: '' };
const MAP = { provider: 'openstreetmap', id: '12/55.7558/37.6173', url: 'https://www.openstreetmap.org/#map=12/55.7558/37.6173', caption: 'Central Moscow' };

const embeds = (client: Client) =>
  client.doc
    .getXmlFragment(BODY_FIELD)
    .toArray()
    .filter((node): node is Y.XmlElement => node instanceof Y.XmlElement && node.nodeName === 'embed')
    .map((node) => node.getAttributes());

function insertEmbed(client: Client, attrs: Record<string, string>) {
  const node = new Y.XmlElement('embed');
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  const body = client.doc.getXmlFragment(BODY_FIELD);
  body.insert(body.length, [node]);
}

describe('embeds in a shared story', () => {
  const saved = process.env.AUTH_SECRET;
  let a: Instance;
  let b: Instance;
  beforeAll(async () => {
    process.env.AUTH_SECRET = SECRET;
    [a, b] = await Promise.all([startInstance('embeds-a'), startInstance('embeds-b')]);
  });
  afterAll(async () => {
    await Promise.all([a.stop(), b.stop()]);
    process.env.AUTH_SECRET = saved;
  });

  it('round-trips through the shared document to the other editor and the database; a forged one is refused', async () => {
    const elena = await seedUser('EDITOR');
    const roman = await seedUser('EDITOR');
    const story = await saveStoryInput(
      elena,
      storyInput({
        body: {
          type: 'doc',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Talks began.' }] },
            { type: 'embed', attrs: YOUTUBE },
          ],
        },
      }),
    );
    const first = await connect(a.url, story.id, (await cookieFor(elena)).cookie);
    const second = await connect(b.url, story.id, (await cookieFor(roman)).cookie);
    expect(embeds(second)).toEqual([YOUTUBE]);

    // One adds a map, the other captions the video: both see both, and the database holds them.
    insertEmbed(first, MAP);
    (second.doc.getXmlFragment(BODY_FIELD).get(1) as Y.XmlElement).setAttribute('caption', 'The talks, live');
    const expected = [{ ...YOUTUBE, caption: 'The talks, live' }, MAP];
    for (const client of [first, second]) await expect.poll(() => embeds(client), { timeout: 5_000 }).toEqual(expected);
    first.provider.sendStateless(JSON.stringify({ type: 'flush' }));
    await expect
      .poll(
        async () =>
          readDoc((await prisma.story.findUniqueOrThrow({ where: { id: story.id } })).body)
            .content?.filter((n) => n.type === 'embed')
            .map((n) => n.attrs),
        { timeout: 8_000 },
      )
      .toEqual(expected);

    // A node that claims to be a YouTube video but points elsewhere never reaches anyone.
    insertEmbed(second, { ...YOUTUBE, url: 'https://evil.example/embed/dQw4w9WgXcQ' });
    await expect.poll(() => second.messages.find((m) => m.type === 'refused'), { timeout: 5_000 }).toMatchObject({ type: 'refused', field: 'body' });
    const third = await connect(a.url, story.id, (await cookieFor(elena)).cookie);
    expect(embeds(third)).toEqual(expected);
    expect(embeds(first)).toEqual(expected);
    for (const client of [first, second, third]) client.close();
  });
});

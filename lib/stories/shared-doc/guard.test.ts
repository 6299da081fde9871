import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { docFromParagraphs } from '@/lib/content/document';
import { seedSharedDoc } from './codec';
import { SharedDocGuard } from './guard';
import { emptyDraft } from '@/lib/stories/draft';

const draft = {
  ...emptyDraft(),
  headline: 'Talks in Moscow',
  datelinePlace: 'Moscow',
  datelineDate: '2026-12-06',
  credit: 'TASS',
  body: docFromParagraphs(['Talks began.']),
};

/** A live document, a client that has synced with it, and the update the client's `edit` makes. */
function attempt(edit: (doc: Y.Doc) => void) {
  const live = seedSharedDoc(draft);
  const guard = new SharedDocGuard(live);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
  const before = Y.encodeStateVector(client);
  edit(client);
  return { live, guard, update: Y.encodeStateAsUpdate(client, before) };
}

describe('the door of the shared document', () => {
  it('lets typing, new paragraphs, marks and field values in', () => {
    const edits: ((doc: Y.Doc) => void)[] = [
      (doc) => doc.getText('headline').insert(5, ' today'),
      (doc) => ((doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'Moscow: '),
      (doc) => ((doc.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText).format(0, 5, { bold: {} }),
      (doc) => {
        const p = new Y.XmlElement('paragraph');
        p.insert(0, [new Y.XmlText('More.')]);
        doc.getXmlFragment('default').insert(1, [p]);
      },
      (doc) => doc.getMap('fields').set('datelineDate', '2026-1'),
      (doc) => doc.getMap('fields').set('tags', [{ id: 'abc', name: 'Kremlin', kind: 'ORGANISATION' }]),
      (doc) =>
        doc.getMap('fields').set('bylines', [
          { kind: 'contributor', id: 'c1', name: 'Anna Petrova', role: 'writer' },
          { kind: 'name', id: '', name: '', role: 'photographer' },
        ]),
      (doc) => doc.getMap('fields').set('bylines', []),
      (doc) => doc.getText('bylineWith').insert(0, 'With reporting by Ivan Sidorov'),
    ];
    for (const edit of edits) {
      const { guard, update } = attempt(edit);
      expect(guard.check(update)).toBeNull();
    }
  });

  it('refuses what no story can hold, and the live document never sees it', () => {
    const edits: [string, (doc: Y.Doc) => void][] = [
      ['tags', (doc) => doc.getMap('fields').set('tags', 'oops')],
      ['headline', (doc) => doc.getText('headline').format(0, 5, { bold: true })],
      ['headline', (doc) => doc.getText('headline').insert(0, 'x'.repeat(1_001))],
      ['headline', (doc) => doc.getText('headline').insertEmbed(0, { image: 'x' })],
      ['document', (doc) => doc.getArray('evil').insert(0, [1])],
      ['body', (doc) => doc.getXmlFragment('default').insert(0, [new Y.XmlElement('script')])],
      [
        'body',
        (doc) => {
          let outer = new Y.XmlElement('blockquote');
          const top = outer;
          for (let i = 0; i < 40; i++) {
            const inner = new Y.XmlElement('blockquote');
            outer.insert(0, [inner]);
            outer = inner;
          }
          doc.getXmlFragment('default').insert(0, [top]);
        },
      ],
      ['sectionId', (doc) => doc.getMap('fields').set('sectionId', new Y.Map())],
      ['status', (doc) => doc.getMap('fields').set('status', 'PUBLISHED')],
      // A byline of the wrong shape is refused whole: not a list, an unknown role or kind, an extra key, a free name with an id, a structure, too many.
      ['bylines', (doc) => doc.getMap('fields').set('bylines', 'Anna Petrova')],
      ['bylines', (doc) => doc.getMap('fields').set('bylines', [{ kind: 'name', id: '', name: 'Anna', role: 'author' }])],
      ['bylines', (doc) => doc.getMap('fields').set('bylines', [{ kind: 'robot', id: '', name: 'Anna', role: 'writer' }])],
      ['bylines', (doc) => doc.getMap('fields').set('bylines', [{ kind: 'name', id: '', name: 'Anna', role: 'writer', href: 'javascript:alert(1)' }])],
      ['bylines', (doc) => doc.getMap('fields').set('bylines', [{ kind: 'name', id: 'u1', name: 'Anna', role: 'writer' }])],
      ['bylines', (doc) => doc.getMap('fields').set('bylines', [{ kind: 'user', id: '', name: 'Anna', role: 'writer' }])],
      ['bylines', (doc) => doc.getMap('fields').set('bylines', [{ kind: 'name', id: '', name: 'x'.repeat(401), role: 'writer' }])],
      [
        'bylines',
        (doc) =>
          doc.getMap('fields').set(
            'bylines',
            Array.from({ length: 21 }, (_, i) => ({ kind: 'name', id: '', name: `N${i}`, role: 'writer' })),
          ),
      ],
      ['bylines', (doc) => doc.getMap('fields').set('bylines', new Y.Array())],
      ['bylineWith', (doc) => doc.getText('bylineWith').insert(0, 'x'.repeat(1_201))],
      ['bylineWith', (doc) => doc.getText('bylineWith').insert(0, 'With', { bold: true })],
    ];
    for (const [field, edit] of edits) {
      const { live, guard, update } = attempt(edit);
      const before = Y.encodeStateAsUpdate(live);
      expect(guard.check(update)?.field, field).toBe(field);
      expect(Y.encodeStateAsUpdate(live)).toEqual(before);
      // The shadow was rebuilt: an honest edit after a refusal still passes.
      const honest = new Y.Doc();
      Y.applyUpdate(honest, before);
      const sv = Y.encodeStateVector(honest);
      honest.getText('headline').insert(0, 'A');
      expect(guard.check(Y.encodeStateAsUpdate(honest, sv))).toBeNull();
    }
  });

  it('refuses an update that would make the story larger than the limit', () => {
    const live = seedSharedDoc(draft);
    const guard = new SharedDocGuard(live, { maxStateBytes: 50_000, maxDepth: 24 });
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
    const sv = Y.encodeStateVector(client);
    ((client.getXmlFragment('default').get(0) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'y'.repeat(60_000));
    expect(guard.check(Y.encodeStateAsUpdate(client, sv))).toMatchObject({ field: 'body', message: expect.stringMatching(/larger than/) });
  });

  it('lets an allowlisted embed in, and its caption change, but refuses a forged one', () => {
    const embedNode = (attrs: Record<string, string>) => (doc: Y.Doc) => {
      const node = new Y.XmlElement('embed');
      for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
      doc.getXmlFragment('default').insert(1, [node]);
    };
    const youtube = { provider: 'youtube', id: 'dQw4w9WgXcQ', url: 'https://www.youtube.com/watch?v=dQw4w9WgXcQ', caption: 'Talks' };
    const ok = attempt(embedNode(youtube));
    expect(ok.guard.check(ok.update)).toBeNull();
    Y.applyUpdate(ok.live, ok.update);

    // An edit of the caption by another client passes; a change of the address to one the allowlist does not give is refused.
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(ok.live));
    const node = () => client.getXmlFragment('default').get(1) as Y.XmlElement;
    let sv = Y.encodeStateVector(client);
    node().setAttribute('caption', 'Talks in Moscow');
    expect(ok.guard.check(Y.encodeStateAsUpdate(client, sv))).toBeNull();
    Y.applyUpdate(ok.live, Y.encodeStateAsUpdate(client, sv));
    sv = Y.encodeStateVector(client);
    node().setAttribute('url', 'https://evil.example/player');
    expect(ok.guard.check(Y.encodeStateAsUpdate(client, sv))).toMatchObject({ field: 'body', message: expect.stringMatching(/provider the newsroom allows/) });

    for (const forged of [
      { ...youtube, url: 'https://evil.example/embed/dQw4w9WgXcQ' },
      { ...youtube, provider: 'vimeo' },
      { ...youtube, id: 'aaaaaaaaaaa' },
      { provider: 'iframe', id: 'x', url: 'javascript:alert(1)' },
    ]) {
      const { live, guard, update } = attempt(embedNode(forged));
      const before = Y.encodeStateAsUpdate(live);
      expect(guard.check(update)?.field).toBe('body');
      expect(Y.encodeStateAsUpdate(live)).toEqual(before);
    }
  });
});

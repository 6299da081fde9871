// Co-editing at load: 20 simulated editors (Yjs clients in Node, each typing 5
// characters a second into the same paragraph) on one story, timed from each keystroke
// to its arrival at every other editor, and to the server's word that the story row was
// written with it ("Saved": a 'stored' message whose state vector covers the keystroke);
// 200 open stories, for the server's memory per document; and two editors on two
// instances, for the fan-out between instances (PostgreSQL LISTEN/NOTIFY).
// BENCH_COLLAB_LABEL names the build in the table (the same file ran on the build before
// the one write path, for the before/after figures in RESULTS.md).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { seedDemoDesk, startBenchApp } from './lib/app';
import { percentile, record, summarize, table, type Row } from './lib/report';
import { signInCookie } from './lib/session';

const EDITORS = Number(process.env.BENCH_COLLAB_EDITORS ?? 20);
const SECONDS = Number(process.env.BENCH_COLLAB_SECONDS ?? 20);
const STORIES = Number(process.env.BENCH_COLLAB_STORIES ?? 200);

type Editor = { doc: Y.Doc; close: () => void };
const sentAt = new Map<string, number>();
const latencies: number[] = [];
/** Keystrokes not yet in a written story, per editor (clock → time typed). */
const unstored = new Map<Y.Doc, Map<number, number>>();
const storedLatencies: number[] = [];
const LABEL = process.env.BENCH_COLLAB_LABEL ?? 'one write path';

async function open(origin: string, storyId: string, cookie: string, measure: boolean): Promise<Editor> {
  const doc = new Y.Doc();
  const CookieSocket = class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin } });
    }
  };
  const socket = new HocuspocusProviderWebsocket({ url: `${origin.replace('http', 'ws')}/collab`, WebSocketPolyfill: CookieSocket });
  let synced = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `story:${storyId}`,
    document: doc,
    token: 'desk-session',
    onSynced: () => {
      synced = true;
    },
    onStateless: ({ payload }) => {
      const message = JSON.parse(payload) as { type: string; stateVector?: string; held?: Record<string, unknown> };
      if (!measure || message.type !== 'stored' || !message.stateVector || Object.keys(message.held ?? {}).length) return;
      const written = Y.decodeStateVector(Buffer.from(message.stateVector, 'base64')).get(doc.clientID) ?? 0;
      const pending = unstored.get(doc);
      if (!pending) return;
      const now = performance.now();
      for (const [clock, typed] of pending)
        if (clock < written) {
          storedLatencies.push(now - typed);
          pending.delete(clock);
        }
    },
  });
  provider.attach?.();
  if (measure) {
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== provider) return;
      const now = performance.now();
      for (const struct of Y.decodeUpdate(update).structs) {
        const sent = sentAt.get(`${struct.id.client}:${struct.id.clock}`);
        if (sent !== undefined) latencies.push(now - sent);
      }
    });
  }
  for (let i = 0; !synced; i++) {
    if (i > 300) throw new Error('an editor could not connect');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    doc,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** One keystroke at a random place in the first paragraph, remembered by the id it gets. */
function keystroke(editor: Editor) {
  const paragraph = editor.doc.getXmlFragment('default').get(0) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const clock = Y.getState(editor.doc.store, editor.doc.clientID);
  sentAt.set(`${editor.doc.clientID}:${clock}`, performance.now());
  if (!unstored.has(editor.doc)) unstored.set(editor.doc, new Map());
  unstored.get(editor.doc)!.set(clock, performance.now());
  text.insert(Math.floor(Math.random() * (text.length + 1)), String.fromCharCode(97 + Math.floor(Math.random() * 26)));
}

async function typeFor(editors: Editor[], seconds: number) {
  const timers = editors.map(
    (editor, i) =>
      new Promise<void>((resolve) => {
        let n = 0;
        setTimeout(
          () => {
            const timer = setInterval(() => {
              keystroke(editor);
              if (++n >= seconds * 5) {
                clearInterval(timer);
                resolve();
              }
            }, 200);
          },
          (i * 200) / editors.length,
        );
      }),
  );
  await Promise.all(timers);
  // The last keystrokes are written within the store's debounce (at most 5 s).
  await new Promise((r) => setTimeout(r, 7000));
}

setFlagsFromString('--expose-gc');
const rows: Row[] = [];
const app = await startBenchApp(seedDemoDesk);
process.env.DATABASE_URL = app.databaseUrl;
try {
  const { prisma } = await import('@/lib/db');
  const { saveStory } = await import('@/lib/stories/mutations');
  const { ZSaveStory } = await import('@/lib/stories/validation');
  const { docFromParagraphs } = await import('@/lib/content/document');
  const user = await prisma.user.findFirstOrThrow({ where: { email: 'editor@newsroom.test' } });
  const viewer = { id: user.id, role: user.role, name: user.name, email: user.email };
  const storyIds: string[] = [];
  for (let i = 0; i < STORIES; i++) {
    const saved = await saveStory(
      viewer,
      ZSaveStory.parse({
        headline: `Shared story ${i} ${Date.now()}`,
        subheadline: '',
        slug: '',
        datelinePlace: 'Moscow',
        datelineDate: '',
        credit: '',
        sectionId: '',
        topicId: '',
        priority: 'ROUTINE',
        language: 'en',
        tagIds: [],
        correctionNote: '',
        embargoUntil: '',
        liveCoverage: false,
        leadImageId: '',
        baseVersion: 0,
        body: JSON.stringify(docFromParagraphs(['The talks went on into the night.'])),
      }),
    );
    storyIds.push(saved.id);
  }
  const cookie = await signInCookie(app.origin, 'editor@newsroom.test', 'newsroom-demo');
  // Twenty editors are twenty people (each their own session, as on a desk).
  const { hashPassword } = await import('@/lib/auth/password');
  const passwordHash = await hashPassword('bench-editor-password');
  const cookies: string[] = [];
  for (let i = 0; i < EDITORS; i++) {
    const email = `bench-editor-${i}-${Date.now()}@newsroom.test`;
    await prisma.user.create({ data: { email, name: `Bench Editor ${i}`, role: 'EDITOR', passwordHash } });
    cookies.push(await signInCookie(app.origin, email, 'bench-editor-password'));
  }

  // 200 stories open: the server's memory per open document. The app's RSS moves by more than
  // 200 documents weigh (the heap grows and shrinks in steps), so a collaboration server is run
  // in this process on the same database and weighed with the heap collected before and after.
  const { startCollabServer } = await import('@/lib/collab/server');
  const inProcess = startCollabServer({ connectionString: app.databaseUrl, instanceId: 'bench-weigh', log: () => {} });
  await inProcess.ready;
  const collect = runInNewContext('gc') as () => void;
  const weigh = () => {
    collect();
    collect();
    const m = process.memoryUsage();
    return m.heapUsed + m.external + m.arrayBuffers;
  };
  const before = weigh();
  const direct = [];
  for (const id of storyIds) direct.push(await inProcess.hocuspocus.openDirectConnection(`story:${id}`, {}));
  const after = weigh();
  rows.push({
    measure: `${STORIES} stories open on the server: memory per open document`,
    'p50 ms': '—',
    'p95 ms': '—',
    'p99 ms': '—',
    deliveries: `${((after - before) / STORIES / 1024).toFixed(1)} KB`,
    expected: 'measured',
  });
  for (const connection of direct) await connection.disconnect();
  await inProcess.stop();

  // 20 editors, one story, one instance.
  const editors = await Promise.all(cookies.map((own) => open(app.origin, storyIds[0]!, own, true)));
  await typeFor(editors, SECONDS);
  const sorted = [...latencies].sort((a, b) => a - b);
  const keystrokes = EDITORS * SECONDS * 5;
  rows.push({
    measure: `${EDITORS} editors × 5 keystrokes/s on one story, one instance (${LABEL}): keystroke → every other editor`,
    'p50 ms': percentile(sorted, 50),
    'p95 ms': percentile(sorted, 95),
    'p99 ms': percentile(sorted, 99),
    deliveries: sorted.length,
    expected: keystrokes * (EDITORS - 1),
  });
  const storedSorted = [...storedLatencies].sort((a, b) => a - b);
  rows.push({
    measure: `the same (${LABEL}): keystroke → story row written with it ("Saved")`,
    'p50 ms': percentile(storedSorted, 50),
    'p95 ms': percentile(storedSorted, 95),
    'p99 ms': percentile(storedSorted, 99),
    deliveries: storedSorted.length,
    expected: keystrokes,
  });
  const final = editors.map((e) => (e.doc.getXmlFragment('default').get(0) as Y.XmlElement).toString());
  rows.push({
    measure: 'every editor holds the same text afterwards',
    'p50 ms': '—',
    'p95 ms': '—',
    'p99 ms': '—',
    deliveries: final.every((t) => t === final[0]) ? 'yes' : 'NO',
    expected: 'yes',
  });
  editors.forEach((e) => e.close());

  // Two instances, an editor on each.
  const second = await app.startSecondInstance();
  latencies.length = 0;
  const pair = [await open(app.origin, storyIds[1]!, cookie, true), await open(second.origin, storyIds[1]!, cookie, true)];
  await typeFor(pair, SECONDS);
  const across = [...latencies].sort((a, b) => a - b);
  rows.push({
    measure: 'two instances, an editor on each, 5 keystrokes/s each',
    'p50 ms': percentile(across, 50),
    'p95 ms': percentile(across, 95),
    'p99 ms': percentile(across, 99),
    deliveries: across.length,
    expected: 2 * SECONDS * 5,
  });
  pair.forEach((e) => e.close());
  await prisma.$disconnect();
} finally {
  await app.stop();
}

const markdown = table(rows);
console.log(`\n${markdown}`);
if (process.env.BENCH_RECORD !== 'false') record('Co-editing: keystroke fan-out, memory per document, two instances', markdown);
summarize(
  `co-editing: ${EDITORS} editors on one story, keystroke → every other editor`,
  `p95 ${Number(rows[1]!['p95 ms']).toFixed(0)} ms`,
  'p95 < 100 ms',
  Number(rows[1]!['p95 ms']) < 100,
);
summarize(
  `co-editing: ${EDITORS} editors on one story, keystroke → story row written ("Saved")`,
  `p95 ${Number(rows[2]!['p95 ms']).toFixed(0)} ms`,
  'within the 1–5 s store debounce',
  Number(rows[2]!['p95 ms']) < 6_000,
);
summarize(
  'co-editing: two instances, keystroke → the other instance’s editor',
  `p95 ${Number(rows[4]!['p95 ms']).toFixed(0)} ms`,
  'within 500 ms',
  Number(rows[4]!['p95 ms']) < 500,
);
summarize('co-editing: server memory per open document', String(rows[0]!.deliveries), 'measured', null);

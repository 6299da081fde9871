// The collaboration socket under attack, with the desk beside it: the desk's story list
// is loaded over and over (2 at a time, an editor's session) while each attack runs for
// BENCH_ATTACK_SECONDS (30), and its p95 is compared with the same load and no attack.
// After each attack the server's memory (RSS) and open descriptors are read once the
// attack has stopped and the server had 10 s to settle.
//   1. 100 upgrades a second with a bad Origin ("null", a look-alike host);
//   2. an editor sending 1.9 MB updates every 300 ms into one story;
//   3. 100 sockets without a desk session sending authentication messages for random stories;
//   4. five editor sockets on a killed story sending "Save" 75 times a second.
// BENCH_COLLAB_LABEL names the build (the file also ran on the build before the hardening).
import { readdirSync } from 'node:fs';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { seedDemoDesk, startBenchApp, type BenchApp } from './lib/app';
import { percentile, record, summarize, table, type Row } from './lib/report';
import { attachInspector } from './lib/inspector';
import { signInCookie } from './lib/session';

const SECONDS = Number(process.env.BENCH_ATTACK_SECONDS ?? 30);
/** Read memory this long after an attack: past the 30 s a socket with no story open may live (COLLAB_LIMITS.idleSocketMs). */
const SETTLE_SECONDS = Number(process.env.BENCH_SETTLE_SECONDS ?? 35);
const LABEL = process.env.BENCH_COLLAB_LABEL ?? 'hardened';
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** The desk list loaded 2 at a time until `until` resolves: each load's time in ms. */
async function deskLoad(origin: string, cookie: string, until: Promise<void>): Promise<number[]> {
  let done = false;
  void until.then(() => {
    done = true;
  });
  const times: number[] = [];
  const worker = async () => {
    while (!done) {
      const started = performance.now();
      try {
        const response = await fetch(`${origin}/desk`, { headers: { cookie } });
        await response.arrayBuffer();
        times.push(performance.now() - started);
      } catch {
        times.push(performance.now() - started);
        await sleep(100);
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return times.sort((a, b) => a - b);
}

const descriptorsOf = (pid: string) => {
  try {
    return readdirSync(`/proc/${pid}/fd`).length;
  } catch {
    return NaN;
  }
};

/** An editor's Yjs client on a story. */
async function editorOn(origin: string, storyId: string, cookie: string) {
  const doc = new Y.Doc();
  const CookieSocket = class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie, origin } });
      this.on('error', () => {});
    }
  };
  const socket = new HocuspocusProviderWebsocket({ url: `${origin.replace('http', 'ws')}/collab`, WebSocketPolyfill: CookieSocket, maxAttempts: 0 });
  let synced = false;
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: `story:${storyId}`,
    document: doc,
    token: 'desk-session',
    onSynced: () => {
      synced = true;
    },
  });
  provider.attach?.();
  for (let i = 0; !synced && i < 200; i++) await sleep(50);
  return {
    doc,
    provider,
    close: () => {
      provider.destroy();
      socket.destroy();
    },
  };
}

const attacks: { name: string; run: (app: BenchApp, ctx: { cookie: string; storyId: string; killedId: string }, stop: Promise<void>) => Promise<string> }[] = [
  {
    name: '1. 100 bad-Origin upgrades a second',
    async run(app, { cookie }, stop) {
      let stopped = false;
      void stop.then(() => {
        stopped = true;
      });
      let sent = 0;
      while (!stopped) {
        for (let i = 0; i < 10; i++) {
          const ws = new WebSocket(`${app.origin.replace('http', 'ws')}/collab`, {
            headers: { origin: i % 2 ? 'null' : `${app.origin}.evil.example`, cookie },
          });
          ws.on('error', () => {});
          ws.on('unexpected-response', (_q, r) => {
            r.resume();
            ws.terminate();
          });
          sent++;
        }
        await sleep(100);
      }
      return `${sent} upgrades`;
    },
  },
  {
    name: '2. 1.9 MB updates every 300 ms into one story',
    async run(app, { cookie, storyId }, stop) {
      let stopped = false;
      void stop.then(() => {
        stopped = true;
      });
      let sent = 0;
      let refused = 0;
      while (!stopped) {
        const editor = await editorOn(app.origin, storyId, cookie);
        editor.provider.on('stateless', ({ payload }: { payload: string }) => {
          if (payload.includes('"refused"')) refused++;
        });
        for (let i = 0; i < 5 && !stopped; i++) {
          const paragraph = new Y.XmlElement('paragraph');
          paragraph.insert(0, [new Y.XmlText('x'.repeat(1_900_000))]);
          editor.doc.getXmlFragment('default').insert(0, [paragraph]);
          sent++;
          await sleep(300);
        }
        editor.close();
      }
      return `${sent} updates sent, ${refused} refusals told`;
    },
  },
  {
    name: '3. 100 sockets without a session, authenticating for random stories',
    async run(app, _ctx, stop) {
      let stopped = false;
      void stop.then(() => {
        stopped = true;
      });
      let messages = 0;
      let refusedUpgrades = 0;
      const url = `${app.origin.replace('http', 'ws')}/collab`;
      const open = async () => {
        while (!stopped) {
          const ws = new WebSocket(url, { headers: { origin: app.origin } });
          ws.on('error', () => {});
          const opened = await new Promise<boolean>((resolve) => {
            ws.once('open', () => resolve(true));
            ws.once('unexpected-response', (_q, r) => {
              r.resume();
              refusedUpgrades++;
              resolve(false);
            });
            ws.once('close', () => resolve(false));
          });
          if (!opened) {
            ws.terminate();
            await sleep(100);
            continue;
          }
          while (!stopped && ws.readyState === WebSocket.OPEN) {
            const encoder = encoding.createEncoder();
            encoding.writeVarString(encoder, `story:${Math.random().toString(36).slice(2, 14)}`);
            encoding.writeVarUint(encoder, 2); // auth
            encoding.writeVarUint(encoder, 0); // token
            encoding.writeVarString(encoder, 'desk-session');
            ws.send(encoding.toUint8Array(encoder));
            messages++;
            await sleep(10);
          }
          ws.terminate();
        }
      };
      await Promise.all(Array.from({ length: 100 }, open));
      return `${messages} messages sent, ${refusedUpgrades} upgrades refused`;
    },
  },
  {
    name: '4. five sockets on a killed story sending "Save" 75 times a second',
    async run(app, { cookie, killedId }, stop) {
      const { prisma } = await import('@/lib/db');
      // Read once the sockets are open: opening a story with no shared document yet writes its first state.
      const sockets = await Promise.all(Array.from({ length: 5 }, () => editorOn(app.origin, killedId, cookie)));
      await sleep(1_000);
      const before = await prisma.storyCollabState.findUnique({ where: { storyId: killedId }, select: { updatedAt: true } });
      let stopped = false;
      void stop.then(() => {
        stopped = true;
      });
      let sent = 0;
      while (!stopped) {
        for (const socket of sockets) {
          socket.provider.sendStateless(JSON.stringify({ type: 'flush' }));
          sent++;
        }
        await sleep(13);
      }
      sockets.forEach((s) => s.close());
      const after = await prisma.storyCollabState.findUnique({ where: { storyId: killedId }, select: { updatedAt: true } });
      return `${sent} Saves sent; state ${before?.updatedAt.getTime() === after?.updatedAt.getTime() ? 'never written' : 'written'}`;
    },
  },
];

const rows: Row[] = [];
let inspector: Awaited<ReturnType<typeof attachInspector>> | undefined;
const app = await startBenchApp(seedDemoDesk);
process.env.DATABASE_URL = app.databaseUrl;
try {
  const { prisma } = await import('@/lib/db');
  const cookie = await signInCookie(app.origin, 'editor@newsroom.test', 'newsroom-demo');
  const reviewer = await signInCookie(app.origin, 'reviewer@newsroom.test', 'newsroom-demo');
  const story = await prisma.story.findFirstOrThrow({ where: { status: 'DRAFT' }, select: { id: true } });
  const published = await prisma.story.findFirstOrThrow({ where: { status: 'PUBLISHED' }, select: { id: true } });
  await prisma.story.update({ where: { id: published.id }, data: { status: 'KILLED' } }); // read-only to everyone
  const pid = (await import('node:fs')).readFileSync((await import('node:path')).resolve(import.meta.dirname, '../.data/bench/next.pid'), 'utf8').trim();

  inspector = await attachInspector(Number(pid));
  const quiet = await deskLoad(app.origin, cookie, sleep(SECONDS * 1000));
  const quietGc = await inspector.memoryAfterGc();
  rows.push({
    build: LABEL,
    attack: 'none (the desk alone)',
    'desk p50 ms': percentile(quiet, 50),
    'desk p95 ms': percentile(quiet, 95),
    'desk worst ms': quiet.at(-1)!,
    'RSS after MB': app.serverRss(),
    'RSS after GC MB': quietGc.rss,
    'heap after GC MB': quietGc.heapUsed,
    'fds after': descriptorsOf(pid),
    attack_did: '—',
  });
  const startRss = app.serverRss();
  for (const attack of attacks) {
    const stop = sleep(SECONDS * 1000);
    const [times, did] = await Promise.all([
      deskLoad(app.origin, cookie, stop),
      attack.run(app, { cookie: attack.name.startsWith('4') ? reviewer : cookie, storyId: story.id, killedId: published.id }, stop),
    ]);
    await sleep(SETTLE_SECONDS * 1000);
    const rssAfter = app.serverRss();
    const afterGc = await inspector.memoryAfterGc();
    rows.push({
      build: LABEL,
      attack: attack.name,
      'desk p50 ms': percentile(times, 50),
      'desk p95 ms': percentile(times, 95),
      'desk worst ms': times.at(-1)!,
      'RSS after MB': rssAfter,
      'RSS after GC MB': afterGc.rss,
      'heap after GC MB': afterGc.heapUsed,
      'fds after': descriptorsOf(pid),
      attack_did: did,
    });
  }
  const state = await prisma.storyCollabState.findUnique({ where: { storyId: story.id }, select: { state: true } });
  rows.push({
    build: LABEL,
    attack: "after all: the attacked story's stored state",
    'desk p50 ms': '—',
    'desk p95 ms': '—',
    'desk worst ms': '—',
    'RSS after MB': `${startRss.toFixed(0)} at start`,
    'RSS after GC MB': `${quietGc.rss} at start`,
    'heap after GC MB': `${quietGc.heapUsed} at start`,
    'fds after': '—',
    attack_did: `${((state?.state.byteLength ?? 0) / 1024 / 1024).toFixed(2)} MB`,
  });
  await prisma.$disconnect();
} finally {
  inspector?.detach();
  await app.stop();
}

const markdown = table(rows);
console.log(`\n${markdown}`);
if (process.env.BENCH_RECORD !== 'false') record(`Co-editing under attack (${LABEL}): desk p95 beside each attack, memory and descriptors after`, markdown);
const worstP95 = Math.max(...rows.slice(1, 5).map((r) => Number(r['desk p95 ms'])));
summarize(
  `co-editing under attack (${LABEL}): worst desk p95 beside an attack`,
  `${worstP95.toFixed(0)} ms (alone ${Number(rows[0]!['desk p95 ms']).toFixed(0)} ms)`,
  'measured',
  null,
);

import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { prisma } from '@/lib/db';

/**
 * Several app instances keep their own caches of the public pages. A change readers
 * can see is announced on this PostgreSQL channel (LISTEN/NOTIFY: infrastructure every
 * instance already has), and each instance expires its cache when it hears one.
 */
export const PUBLIC_CHANGE_CHANNEL = 'newsroom_public_change';

export type PublicChange = { slug: string | null; from: string };

/** This process's identity on the channel (kept on globalThis: Next bundles modules more than once). */
export function instanceId(): string {
  const shared = globalThis as { __newsroomInstanceId?: string };
  shared.__newsroomInstanceId ??= randomUUID();
  return shared.__newsroomInstanceId;
}

export async function announcePublicChange(slug: string | null, from = instanceId()) {
  const payload = JSON.stringify({ slug, from } satisfies PublicChange);
  await prisma.$executeRaw`SELECT pg_notify(${PUBLIC_CHANGE_CHANNEL}, ${payload})`;
}

/**
 * Listens for changes announced by others (its own announcements are skipped), and
 * reconnects with backoff when PostgreSQL goes away; after a reconnect it reports a
 * change anyway, since announcements made while it was away were lost.
 */
export function listenForPublicChanges(connectionString: string, onChange: (change: PublicChange) => void, log: (line: string) => void = console.error) {
  let client: Client | null = null;
  let stopped = false;
  let delay = 250;
  let connectedBefore = false;
  let listening!: () => void;
  const ready = new Promise<void>((resolve) => { listening = resolve; });

  const connect = async () => {
    if (stopped) return;
    const current = new Client({ connectionString });
    client = current;
    current.on('error', () => {}); // surfaced as 'end' below
    current.on('end', () => {
      if (stopped || client !== current) return;
      log('[cache] lost the change channel; reconnecting');
      setTimeout(() => void connect(), delay);
      delay = Math.min(delay * 2, 10_000);
    });
    current.on('notification', (message) => {
      if (message.channel !== PUBLIC_CHANGE_CHANNEL || !message.payload) return;
      try {
        const change = JSON.parse(message.payload) as PublicChange;
        if (change.from !== instanceId()) onChange(change);
      } catch { /* not ours */ }
    });
    try {
      await current.connect();
      await current.query(`LISTEN ${PUBLIC_CHANGE_CHANNEL}`);
      delay = 250;
      if (connectedBefore) onChange({ slug: null, from: 'reconnect' });
      connectedBefore = true;
      listening();
    } catch (error) {
      log(`[cache] cannot listen for changes (${(error as Error).message}); retrying`);
      current.removeAllListeners('end');
      await current.end().catch(() => {});
      setTimeout(() => void connect(), delay);
      delay = Math.min(delay * 2, 10_000);
    }
  };
  void connect();
  return {
    /** Resolves once the first LISTEN is in place. */
    ready,
    async stop() {
      stopped = true;
      await client?.end().catch(() => {});
    },
  };
}

import { randomUUID } from 'node:crypto';
import { prisma } from '@/lib/db';
import { listenForJson } from '@/lib/pg-channel';

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
 * Listens for changes announced by others (its own announcements are skipped); after a
 * reconnect it reports a change anyway, since announcements made while away were lost.
 */
export function listenForPublicChanges(connectionString: string, onChange: (change: PublicChange) => void, log: (line: string) => void = console.error) {
  return listenForJson<PublicChange>(
    connectionString,
    PUBLIC_CHANGE_CHANNEL,
    {
      onMessage: (change) => {
        if (change.from !== instanceId()) onChange(change);
      },
      onReconnect: () => onChange({ slug: null, from: 'reconnect' }),
    },
    log,
  );
}

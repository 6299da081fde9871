import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { announcePublicChange, instanceId, listenForPublicChanges, PUBLIC_CHANGE_CHANNEL, type PublicChange } from '@/lib/cache/public-change';

const waitFor = async (check: () => boolean, ms = 5_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('the public-change channel between instances', () => {
  it('delivers other instances’ announcements, skips its own, and survives losing its connection', async () => {
    const heard: PublicChange[] = [];
    const listener = listenForPublicChanges(
      process.env.DATABASE_URL!,
      (change) => heard.push(change),
      () => {},
    );
    try {
      await listener.ready;
      await announcePublicChange('own-change'); // this process: skipped
      await announcePublicChange('moscow-metro', 'instance-b');
      await waitFor(() => heard.length === 1);
      expect(heard).toEqual([{ slug: 'moscow-metro', from: 'instance-b' }]);
      expect(instanceId()).toMatch(/^[0-9a-f-]{36}$/);

      // PostgreSQL drops the listener's connection (a restart, a failover): it comes back by itself.
      await prisma.$executeRawUnsafe(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query ILIKE 'LISTEN ${PUBLIC_CHANGE_CHANNEL}%' AND pid <> pg_backend_pid()`,
      );
      await waitFor(() => heard.some((c) => c.from === 'reconnect'));
      await announcePublicChange('after-restart', 'job-runner');
      await waitFor(() => heard.some((c) => c.slug === 'after-restart'));
    } finally {
      await listener.stop();
    }
  });
});

import { hostname } from 'node:os';
import { prisma } from '@/lib/db';
import { HEARTBEAT_EVERY_MS } from './heartbeat-policy';

export { JOB_RUNNER } from './heartbeat-policy';

/**
 * Writes this process's sign of life every HEARTBEAT_EVERY_MS until stopped (then its
 * row goes). Rows of processes gone for a day are removed. A beat that fails (the
 * database away) is simply tried again at the next one.
 */
export function startHeartbeat(kind: string, onError: (error: Error) => void = () => {}) {
  const id = `${kind}:${hostname()}:${process.pid}`;
  const beat = async () => {
    const now = new Date();
    await prisma.processHeartbeat.upsert({
      where: { id },
      create: { id, kind, host: hostname(), pid: process.pid, startedAt: now, seenAt: now },
      update: { seenAt: now },
    });
    await prisma.processHeartbeat.deleteMany({ where: { seenAt: { lt: new Date(now.getTime() - 24 * 60 * 60_000) } } });
  };
  const safeBeat = () => beat().catch(onError);
  void safeBeat();
  const timer = setInterval(() => void safeBeat(), HEARTBEAT_EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await prisma.processHeartbeat.deleteMany({ where: { id } }).catch(() => {});
    },
  };
}

import 'server-only';
import { prisma } from '@/lib/db';
import { assertCan, type Viewer } from '@/lib/auth/permissions';

/** Every hook with its latest deliveries (the per-hook log). */
export async function listWebhooks(viewer: Viewer, deliveriesPerHook = 20) {
  assertCan(viewer, 'webhook.manage');
  return prisma.webhook.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true,
      url: true,
      events: true,
      description: true,
      active: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      deliveries: {
        orderBy: { createdAt: 'desc' },
        take: deliveriesPerHook,
        select: {
          id: true,
          event: true,
          status: true,
          attempts: true,
          responseStatus: true,
          responseMs: true,
          error: true,
          createdAt: true,
          lastAttemptAt: true,
          notBefore: true,
        },
      },
    },
  });
}

import { z } from 'zod';
import { zLine } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { generateApiKey } from './keys';

export const ZCreateApiKey = z.object({ name: zLine(80, 'Keep the name to 80 characters.').min(1, 'Name the key (who uses it).') });

/** Creates a key for a subscriber or an ingesting agency; the key itself is returned once. */
export async function createApiKey(viewer: Viewer, raw: z.input<typeof ZCreateApiKey>) {
  assertCan(viewer, 'apikey.manage');
  const input = ZCreateApiKey.parse(raw);
  const { key, prefix, hash } = generateApiKey();
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiKey.create({ data: { name: input.name, prefix, hash, createdById: viewer.id }, select: { id: true, name: true, prefix: true } });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'apikey.create', note: `${input.name} (${prefix}…)` } });
    return { ...row, key };
  });
}

export async function revokeApiKey(viewer: Viewer, id: string) {
  assertCan(viewer, 'apikey.manage');
  return prisma.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id } });
    if (!key) throw new AppError('NOT_FOUND', 'That key no longer exists.');
    if (key.revokedAt) return key;
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'apikey.revoke', note: `${key.name} (${key.prefix}…)` } });
    return tx.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  });
}

import 'server-only';
import { z } from 'zod';
import { zLine } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { zonedTimeToUtc } from '@/lib/time/zoned';
import { generateApiKey } from './keys';

export const ZCreateApiKey = z.object({
  name: zLine(80, 'Keep the name to 80 characters.').min(1, 'Name the key (who uses it).'),
  scopes: z.array(z.enum(['READ', 'INGEST'])).min(1, 'Choose what the key may do.').max(2),
  /** A day in the newsroom's calendar after which the key stops working ('' for never). */
  expiresOn: z.string().regex(/^$|^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2027-01-31.').default(''),
});

/** Creates a key for a subscriber or an ingesting agency; the key itself is returned once. */
export async function createApiKey(viewer: Viewer, input: z.output<typeof ZCreateApiKey>) {
  assertCan(viewer, 'apikey.manage');
  if (input.scopes.includes('INGEST')) assertCan(viewer, 'wire.ingest');
  const expiresAt = input.expiresOn ? zonedTimeToUtc(`${input.expiresOn}T23:59:59`, env().NEWSROOM_TIMEZONE) : null;
  if (expiresAt && expiresAt <= new Date()) throw new AppError('INVALID_INPUT', 'Choose a day in the future.', { expiresOn: ['Choose a day in the future, or leave it empty.'] });
  const { key, prefix, hash } = generateApiKey();
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiKey.create({ data: { name: input.name, prefix, hash, scopes: input.scopes, expiresAt, createdById: viewer.id }, select: { id: true, name: true, prefix: true, scopes: true } });
    await tx.auditEvent.create({ data: { actorId: viewer.id, action: 'apikey.create', note: `${input.name} (${prefix}…): ${input.scopes.join(', ').toLowerCase()}` } });
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

import 'server-only';
import { z } from 'zod';
import { zLine } from '@/lib/text/fields';
import { prisma } from '@/lib/db';
import { AppError } from '@/lib/errors';
import { assertCan, type Viewer } from '@/lib/auth/permissions';
import { env } from '@/lib/env';
import { zonedTimeToUtc } from '@/lib/time/zoned';
import { generateApiKey } from './keys';
import { MAX_KEY_SOURCES, MAX_SOURCE_LENGTH, parseSourceList } from './sources';

/** The sources an ingest key may file copy under, typed as "dpa, AFP" ('' for the key's own name). */
const ZSources = zLine(3000, 'Keep the list of sources shorter.')
  .default('')
  .transform(parseSourceList)
  .refine((sources) => sources.length <= MAX_KEY_SOURCES, `List at most ${MAX_KEY_SOURCES} sources.`)
  .refine((sources) => sources.every((s) => s.length <= MAX_SOURCE_LENGTH), `Keep each source to ${MAX_SOURCE_LENGTH} characters.`);

export const ZCreateApiKey = z
  .object({
    name: zLine(80, 'Keep the name to 80 characters.').min(1, 'Name the key (who uses it).'),
    scopes: z
      .array(z.enum(['READ', 'INGEST']))
      .min(1, 'Choose what the key may do.')
      .max(2),
    /** A day in the newsroom's calendar after which the key stops working ('' for never). */
    expiresOn: z
      .string()
      .regex(/^$|^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2027-01-31.')
      .default(''),
    sources: ZSources,
  })
  .refine((input) => !input.sources.length || input.scopes.includes('INGEST'), {
    path: ['sources'],
    message: 'Sources are for keys that send wire copy: tick “Send wire copy”, or leave them empty.',
  });

export const ZApiKeySources = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'That is not a valid id.'), sources: ZSources });

/** Creates a key for a subscriber or an ingesting agency; the key itself is returned once. */
export async function createApiKey(viewer: Viewer, input: z.output<typeof ZCreateApiKey>) {
  assertCan(viewer, 'apikey.manage');
  if (input.scopes.includes('INGEST')) assertCan(viewer, 'wire.ingest');
  const expiresAt = input.expiresOn ? zonedTimeToUtc(`${input.expiresOn}T23:59:59`, env().NEWSROOM_TIMEZONE) : null;
  if (expiresAt && expiresAt <= new Date())
    throw new AppError('INVALID_INPUT', 'Choose a day in the future.', { expiresOn: ['Choose a day in the future, or leave it empty.'] });
  const { key, prefix, hash } = generateApiKey();
  return prisma.$transaction(async (tx) => {
    const row = await tx.apiKey.create({
      data: { name: input.name, prefix, hash, scopes: input.scopes, sources: input.sources, expiresAt, createdById: viewer.id },
      select: { id: true, name: true, prefix: true, scopes: true, sources: true },
    });
    const sources = input.sources.length ? `; sources ${input.sources.join(', ')}` : '';
    await tx.auditEvent.create({
      data: { actorId: viewer.id, action: 'apikey.create', note: `${input.name} (${prefix}…): ${input.scopes.join(', ').toLowerCase()}${sources}` },
    });
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

/**
 * Sets the sources an ingest key may file copy under (none: its own name). Copy it
 * sent before stays filed where it is.
 */
export async function setApiKeySources(viewer: Viewer, input: z.output<typeof ZApiKeySources>) {
  assertCan(viewer, 'apikey.manage');
  return prisma.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: input.id } });
    if (!key) throw new AppError('NOT_FOUND', 'That key no longer exists.');
    if (!key.scopes.includes('INGEST'))
      throw new AppError('INVALID_INPUT', 'This key does not send wire copy.', { sources: ['Sources are for keys that send wire copy.'] });
    if (key.revokedAt) throw new AppError('INVALID_INPUT', 'This key is revoked.', { sources: ['A revoked key sends nothing.'] });
    await tx.auditEvent.create({
      data: { actorId: viewer.id, action: 'apikey.sources', note: `${key.name} (${key.prefix}…): ${input.sources.join(', ') || `its own name (${key.name})`}` },
    });
    return tx.apiKey.update({ where: { id: input.id }, data: { sources: input.sources }, select: { id: true, name: true, sources: true } });
  });
}

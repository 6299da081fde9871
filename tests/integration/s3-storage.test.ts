import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { storeImage } from '@/lib/assets/mutations';
import { processImage } from '@/lib/assets/process-image';
import type { Rendition } from '@/lib/assets/renditions';
import { S3Storage } from '@/lib/assets/s3-storage';
import { assetStorage, useAssetStorage } from '@/lib/assets/storage';
import { seedUser } from '../support/factories';

const HARBOUR = readFileSync(path.resolve(import.meta.dirname, '../fixtures/photos/harbour.jpg'));

// A real S3-compatible server (s3rver, from npm) on loopback, started by the test.
describe('images in an S3-compatible store', () => {
  let server: S3rver;
  let storage: S3Storage;
  beforeAll(async () => {
    server = new S3rver({
      port: 0,
      address: '127.0.0.1',
      silent: true,
      directory: mkdtempSync(path.join(tmpdir(), 's3rver-')),
      configureBuckets: [{ name: 'newsroom-media', configs: [] }],
    });
    const { port } = await server.run();
    storage = new S3Storage({
      bucket: 'newsroom-media',
      endpoint: `http://127.0.0.1:${port}`,
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
    useAssetStorage(storage);
  });
  afterAll(async () => {
    useAssetStorage(undefined);
    await server.close();
  });

  it('stores, reads and deletes bytes; a missing key reads as nothing', async () => {
    await storage.put('probe/one.bin', new Uint8Array([1, 2, 3]), 'application/octet-stream');
    expect([...(await storage.get('probe/one.bin'))!]).toEqual([1, 2, 3]);
    await storage.delete('probe/one.bin');
    expect(await storage.get('probe/one.bin')).toBeNull();
    expect(await storage.get('never/there.jpg')).toBeNull();
  });

  it('an upload and its renditions round-trip through the bucket', async () => {
    const editor = await seedUser('EDITOR');
    const stored = await storeImage(HARBOUR, editor.id, 'harbour.jpg');
    expect(assetStorage()).toBe(storage);
    const asset = await prisma.asset.findUniqueOrThrow({ where: { id: stored.id } });
    expect(Buffer.compare((await storage.get(asset.key))!, HARBOUR)).toBe(0);
    await processImage({ assetId: stored.id });
    const renditions = (await prisma.asset.findUniqueOrThrow({ where: { id: stored.id } })).renditions as unknown as Rendition[];
    expect(renditions.length).toBeGreaterThan(10);
    for (const rendition of renditions.slice(0, 5)) expect((await storage.get(rendition.key))?.byteLength).toBe(rendition.bytes);
  });
});

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import exifr from 'exifr';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { readPhotoMetadata } from '@/lib/assets/metadata';
import { storeImage, updateImageDetails } from '@/lib/assets/mutations';
import { processImage } from '@/lib/assets/process-image';
import { getVisibleAsset, responsiveImages } from '@/lib/assets/queries';
import type { Rendition } from '@/lib/assets/renditions';
import { assetStorage } from '@/lib/assets/storage';
import { renderBodyHtml } from '@/lib/content/render-html';
import { transitionStory } from '@/lib/stories/transition';
import { seedUser } from '../support/factories';
import { saveStoryInput, storyInput } from '../support/story-input';

const HARBOUR = readFileSync(path.resolve(import.meta.dirname, '../fixtures/photos/harbour.jpg'));

describe('photos on PostgreSQL', () => {
  it('reads caption, credit, copyright, keywords and time taken from the file’s IPTC/XMP/EXIF', async () => {
    expect(await readPhotoMetadata(HARBOUR)).toEqual({
      caption: 'Ferries in the harbour of Murmansk at dawn — паромы в порту',
      credit: 'Newsroom Photo/Anna Petrova',
      copyright: '© 2026 Newsroom Photo',
      keywords: ['harbour', 'Murmansk', 'ferry'],
      takenAt: expect.any(Date),
    });
  });

  it('makes renditions: every width it reaches, AVIF/WebP/JPEG, crops around the focal point, orientation applied, metadata stripped; never upscaled', async () => {
    const editor = await seedUser('EDITOR');
    const stored = await storeImage(HARBOUR, editor.id, 'harbour.jpg');
    // Stored with the size as shown: the file is 1200×900 with EXIF orientation 6 (turned).
    expect(stored).toMatchObject({
      width: 900,
      height: 1200,
      status: 'PROCESSING',
      caption: expect.stringContaining('Murmansk'),
      keywords: ['harbour', 'Murmansk', 'ferry'],
    });
    const [job] = await prisma.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM graphile_worker._private_jobs WHERE payload->>'assetId' = ${stored.id}`;
    expect(job?.n).toBe(1); // queued with the record

    expect(await processImage({ assetId: stored.id })).toMatchObject({ made: expect.any(Number) });
    const asset = await prisma.asset.findUniqueOrThrow({ where: { id: stored.id } });
    expect(asset.status).toBe('READY');
    const renditions = asset.renditions as unknown as Rendition[];
    const original = renditions.filter((r) => r.crop === 'original');
    expect([...new Set(original.map((r) => r.width))]).toEqual([320, 640]); // 900 wide: 960 and up would be upscaled
    expect([...new Set(original.map((r) => r.format))].sort()).toEqual(['avif', 'jpeg', 'webp']);
    expect(renditions.filter((r) => r.crop === '16x9').every((r) => Math.abs(r.width / r.height - 16 / 9) < 0.02)).toBe(true);
    expect(renditions.filter((r) => r.crop === '1x1').every((r) => r.width === r.height)).toBe(true);
    expect(renditions.find((r) => r.crop === 'social')).toMatchObject({ width: 1200, height: 630, format: 'jpeg' });
    const jpeg640 = (await assetStorage().get(original.find((r) => r.width === 640 && r.format === 'jpeg')!.key))!;
    const meta = await sharp(jpeg640).metadata();
    expect([meta.width, meta.height, meta.orientation ?? 1]).toEqual([640, Math.round((640 * 1200) / 900), 1]); // upright
    expect(await exifr.parse(jpeg640, { iptc: true, xmp: true })).toBeFalsy(); // nothing of the file's metadata reaches readers

    // A new focal point makes a new version; the old renditions go.
    await updateImageDetails(editor, {
      id: stored.id,
      caption: asset.caption,
      credit: asset.credit,
      altText: 'Ferries at a pier',
      copyright: '',
      keywords: 'harbour',
      rightsExpireOn: '',
      focalX: 0.5,
      focalY: 0.1,
    });
    await processImage({ assetId: stored.id });
    const refocused = await prisma.asset.findUniqueOrThrow({ where: { id: stored.id } });
    expect(refocused.renditionVersion).toBe(2);
    expect(await assetStorage().get(renditions[0]!.key)).toBeNull();
  });

  it('refuses what is not a whole, sane image with a message, storing nothing; converts CMYK and 16-bit to sRGB', async () => {
    const editor = await seedUser('EDITOR');
    const before = await prisma.asset.count();
    const refusals: [string, Uint8Array, RegExp][] = [
      ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), /Only JPEG, PNG and WebP/],
      ['truncated JPEG', HARBOUR.subarray(0, Math.floor(HARBOUR.length * 0.6)), /damaged or cut short/],
      ['text named .jpg', Buffer.from('hello'), /Only JPEG, PNG and WebP/],
    ];
    // A decompression bomb: a tiny PNG whose header claims 30,000 × 30,000 pixels.
    const bomb = Buffer.from(
      await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
    );
    bomb.writeUInt32BE(30000, 16);
    bomb.writeUInt32BE(30000, 20);
    bomb.writeUInt32BE(crc32(bomb.subarray(12, 29)), 29);
    refusals.push(['decompression bomb', bomb, /too large .*30,000 × 30,000.*megapixels/]);
    for (const [name, bytes, message] of refusals) {
      await expect(storeImage(bytes, editor.id, name), name).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringMatching(message) });
    }
    expect(await prisma.asset.count()).toBe(before);

    const cmyk = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#3366cc' } })
      .toColourspace('cmyk')
      .jpeg()
      .toBuffer();
    const deep = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#cc6633' } })
      .toColourspace('rgb16')
      .png()
      .toBuffer();
    for (const bytes of [cmyk, deep]) {
      const stored = await storeImage(bytes, editor.id);
      await processImage({ assetId: stored.id });
      const asset = await prisma.asset.findUniqueOrThrow({ where: { id: stored.id } });
      const first = (asset.renditions as unknown as Rendition[]).find((r) => r.format === 'webp')!;
      const meta = await sharp((await assetStorage().get(first.key))!).metadata();
      expect([meta.space, meta.depth]).toEqual(['srgb', 'uchar']);
    }
  });

  it('public pages get <picture> with AVIF/WebP srcsets and the box size; readers reach only published, unexpired images', async () => {
    const reviewer = await seedUser('REVIEWER');
    const stored = await storeImage(HARBOUR, reviewer.id, 'harbour.jpg', { altText: 'Ferries at a pier' });
    await processImage({ assetId: stored.id });
    const body = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Ferries resumed.' }] },
        { type: 'figure', attrs: { src: `/media/${stored.id}`, alt: '', caption: 'Dawn' } },
      ],
    };
    const story = await saveStoryInput(reviewer, storyInput({ priority: 'URGENT', body, leadImageId: stored.id }));
    expect(await getVisibleAsset(stored.id, null)).toBeNull(); // a draft's image: not for readers
    // Alt text is required before publishing.
    await expect(transitionStory(reviewer, { storyId: story.id, action: 'publishNow' })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      fieldErrors: { body: [expect.stringMatching(/alt text/)] },
    });
    const fixed = await prisma.story.findUniqueOrThrow({ where: { id: story.id } });
    await saveStoryInput(
      reviewer,
      storyInput({
        id: story.id,
        baseVersion: fixed.version,
        priority: 'URGENT',
        leadImageId: stored.id,
        body: { ...body, content: [body.content[0]!, { ...body.content[1]!, attrs: { ...body.content[1]!.attrs, alt: 'Ferries at a pier' } }] },
      }),
    );
    await transitionStory(reviewer, { storyId: story.id, action: 'publishNow' });
    expect(await getVisibleAsset(stored.id, null)).toMatchObject({ isPublic: true });

    const published = await prisma.publication.findUniqueOrThrow({ where: { storyId: story.id } });
    expect(published.leadImageId).toBe(stored.id);
    const html = renderBodyHtml(published.body as never, { images: await responsiveImages([stored.id]) });
    expect(html).toMatch(
      /<picture><source type="image\/avif" srcset="\/media\/[0-9a-f-]+\/v1-original-320\.avif 320w, \/media\/[0-9a-f-]+\/v1-original-640\.avif 640w"/,
    );
    expect(html).toContain('type="image/webp"');
    expect(html).toMatch(/<img src="[^"]+\.jpg" srcset="[^"]+ 320w, [^"]+ 640w" sizes="[^"]+" alt="Ferries at a pier" width="640" height="853" loading="lazy"/);
    // The crop chosen where it is used: a square here; feeds (no renditions) get the plain image, nothing of the crop's marker.
    const square = { type: 'doc', content: [{ type: 'figure', attrs: { src: `/media/${stored.id}`, alt: 'Ferries', crop: '1x1' } }] };
    const squareHtml = renderBodyHtml(square as never, { images: await responsiveImages([stored.id]) });
    expect(squareHtml).toMatch(/v\d+-1x1-320\.avif 320w/);
    expect(squareHtml).toContain('width="640" height="640"');
    expect(renderBodyHtml(square as never)).toBe(`<figure><img src="/media/${stored.id}" alt="Ferries"></figure>`);

    // Rights expired: off the page and the media route for readers; the desk still sees it.
    await prisma.asset.update({ where: { id: stored.id }, data: { rightsExpireAt: new Date(Date.now() - 1000) } });
    expect(renderBodyHtml(published.body as never, { images: await responsiveImages([stored.id]) })).not.toContain('<figure');
    expect(await getVisibleAsset(stored.id, null)).toBeNull();
    expect(await getVisibleAsset(stored.id, reviewer)).not.toBeNull();
  });
});

import sharp, { type Metadata, type Sharp } from 'sharp';
import { AppError } from '@/lib/errors';
import { ASPECTS, CROPS, focalCrop, SOCIAL, widthsFor, type Crop } from './crops';

/** Images larger than this many pixels are refused before they are decoded (decompression bombs). */
export const MAX_PIXELS = 60_000_000;

export type RenditionFormat = 'avif' | 'webp' | 'jpeg' | 'png';
export type Rendition = { crop: Crop | 'social'; width: number; height: number; format: RenditionFormat; name: string; key: string; bytes: number };

const EXTENSION: Record<RenditionFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', png: 'png' };
export const renditionName = (version: number, crop: Crop | 'social', width: number, format: RenditionFormat) =>
  `v${version}-${crop}-${width}.${EXTENSION[format]}`;
export const RENDITION_TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', png: 'image/png' };

/**
 * Decodes the whole image once, as the renditions will: a truncated or corrupt file, a
 * file that is not an image, or one over MAX_PIXELS is refused with a message for
 * people. Returns its size as shown (EXIF orientation applied).
 */
export async function inspectImage(bytes: Uint8Array): Promise<{ width: number; height: number; hasAlpha: boolean; space: string; depth: string }> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' }).metadata();
  } catch (error) {
    const message = (error as Error).message;
    if (/pixel limit/i.test(message)) throw tooManyPixels();
    throw new AppError('INVALID_INPUT', 'This file could not be read as an image: it may be damaged or cut short.', { file: ['Not a readable image.'] });
  }
  if (!meta.width || !meta.height) throw new AppError('INVALID_INPUT', 'This file could not be read as an image.', { file: ['Not a readable image.'] });
  if (meta.width * meta.height > MAX_PIXELS) throw tooManyPixels(meta.width, meta.height);
  try {
    // Decoding to a thumbnail reads every byte: a file cut short fails here.
    await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'truncated' }).resize(64).raw().toBuffer();
  } catch {
    throw new AppError('INVALID_INPUT', 'This image is damaged or cut short; upload the whole file again.', { file: ['The image is incomplete.'] });
  }
  const turned = (meta.orientation ?? 1) >= 5;
  return {
    width: turned ? meta.height : meta.width,
    height: turned ? meta.width : meta.height,
    hasAlpha: !!meta.hasAlpha,
    space: meta.space ?? '',
    depth: meta.depth ?? '',
  };
}

function tooManyPixels(width?: number, height?: number) {
  const size = width && height ? ` (${width.toLocaleString('en')} × ${height.toLocaleString('en')} pixels)` : '';
  return new AppError('INVALID_INPUT', `This image is too large${size}: at most ${MAX_PIXELS / 1_000_000} megapixels can be uploaded.`, {
    file: ['Too many pixels.'],
  });
}

/**
 * Every rendition of an image: each crop (focal point kept in view) at each width it
 * reaches, in AVIF, WebP and the original's format; and the 1200×630 social card.
 * Decoded once; orientation applied, converted to 8-bit sRGB, metadata left out.
 */
export async function makeRenditions(
  bytes: Uint8Array,
  options: { version: number; focalX: number; focalY: number; original: 'jpeg' | 'png' | 'webp'; keyPrefix: string },
  store: (rendition: Rendition, data: Buffer) => Promise<void>,
): Promise<Rendition[]> {
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: 'error' })
    .rotate()
    .toColourspace('srgb')
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } } as const;
  const formats: RenditionFormat[] = ['avif', 'webp', ...(options.original === 'webp' ? [] : [options.original])];
  const made: Rendition[] = [];
  const emit = async (crop: Crop | 'social', pipeline: Sharp, format: RenditionFormat) => {
    const encoded =
      format === 'avif'
        ? pipeline.avif({ quality: 50, effort: 2 })
        : format === 'webp'
          ? pipeline.webp({ quality: 75, effort: 3 })
          : format === 'png'
            ? pipeline.png({ compressionLevel: 8, palette: false })
            : pipeline.flatten({ background: '#ffffff' }).jpeg({ quality: 78, mozjpeg: true, progressive: true });
    const { data: out, info: outInfo } = await encoded.toBuffer({ resolveWithObject: true });
    const name = renditionName(options.version, crop, outInfo.width, format);
    const rendition: Rendition = {
      crop,
      width: outInfo.width,
      height: outInfo.height,
      format,
      name,
      key: `${options.keyPrefix}/${name}`,
      bytes: out.byteLength,
    };
    await store(rendition, out);
    made.push(rendition);
  };
  for (const crop of CROPS) {
    const rect =
      crop === 'original'
        ? { left: 0, top: 0, width: info.width, height: info.height }
        : focalCrop(info.width, info.height, ASPECTS[crop], options.focalX, options.focalY);
    for (const width of widthsFor(crop, rect.width)) {
      for (const format of formats) await emit(crop, sharp(data, raw).extract(rect).resize({ width, withoutEnlargement: true }), format);
    }
  }
  const social = focalCrop(info.width, info.height, SOCIAL.width / SOCIAL.height, options.focalX, options.focalY);
  await emit('social', sharp(data, raw).extract(social).resize({ width: SOCIAL.width, height: SOCIAL.height, fit: 'cover' }), 'jpeg');
  return made;
}

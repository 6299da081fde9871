import type { Crop } from './crops';

/** An uploaded image as the renderer needs it (no database here). */
export type ResponsiveImage = {
  id: string;
  width: number;
  height: number;
  expired: boolean;
  altText: string;
  caption: string;
  credit: string;
  renditions: { crop: Crop | 'social'; width: number; height: number; format: string; name: string }[];
};

export type PictureSource = { type?: string; srcset: string };
/** A `<picture>` as plain data: sources by format, the fallback image and its intrinsic size. */
export type Picture = { sources: PictureSource[]; img: { src: string; srcset: string; width: number; height: number } };

const TYPES: Record<string, string> = { avif: 'image/avif', webp: 'image/webp' };
export const renditionPath = (id: string, name: string) => `/media/${id}/${name}`;

/**
 * The sources of one crop of an image: AVIF and WebP `srcset`s with every width made,
 * and the original format as the `<img>` fallback, with the width and height of the
 * largest so the page reserves its box. Null while there are no renditions yet (the
 * caller then shows the original).
 */
export function pictureOf(image: ResponsiveImage, crop: Crop = 'original'): Picture | null {
  const ofCrop = image.renditions.filter((r) => r.crop === crop);
  if (!ofCrop.length) return null;
  const srcset = (format: string) =>
    ofCrop
      .filter((r) => r.format === format)
      .sort((a, b) => a.width - b.width)
      .map((r) => `${renditionPath(image.id, r.name)} ${r.width}w`)
      .join(', ');
  const fallbackFormat = ofCrop.some((r) => r.format === 'jpeg') ? 'jpeg' : ofCrop.some((r) => r.format === 'png') ? 'png' : 'webp';
  const fallback = ofCrop.filter((r) => r.format === fallbackFormat).sort((a, b) => a.width - b.width);
  const middle = fallback.find((r) => r.width >= 960) ?? fallback.at(-1)!;
  const largest = fallback.at(-1)!;
  return {
    sources: ['avif', 'webp'].filter((f) => f !== fallbackFormat && ofCrop.some((r) => r.format === f)).map((f) => ({ type: TYPES[f], srcset: srcset(f) })),
    img: { src: renditionPath(image.id, middle.name), srcset: srcset(fallbackFormat), width: largest.width, height: largest.height },
  };
}

/** The 1200×630 social card of an image, if made. */
export function socialImageOf(image: ResponsiveImage): string | null {
  const card = image.renditions.find((r) => r.crop === 'social');
  return card ? renditionPath(image.id, card.name) : null;
}

/** Usage rights that have run out: the image is off every public page (the desk says so). */
export const isExpired = (asset: { rightsExpireAt: Date | null }, now = new Date()) => !!asset.rightsExpireAt && asset.rightsExpireAt <= now;

/** The uploaded image ids a body shows (its `/media/<id>` figures). */
export function mediaIdsIn(body: unknown): string[] {
  const found = new Set<string>();
  for (const match of JSON.stringify(body ?? null).matchAll(/"\/media\/([0-9a-f-]{36})"/g)) found.add(match[1]!);
  return [...found];
}

type AssetRow = {
  id: string;
  width: number | null;
  height: number | null;
  renditions: unknown;
  rightsExpireAt: Date | null;
  altText: string;
  caption: string;
  credit: string;
};

/** The columns a listing selects to show a story's lead image. */
export const LEAD_IMAGE_SELECT = {
  id: true,
  width: true,
  height: true,
  renditions: true,
  rightsExpireAt: true,
  altText: true,
  caption: true,
  credit: true,
} as const;

/** An asset row as the renderer's image (expired when its usage rights ran out). */
export function toResponsiveImage(asset: AssetRow, now = new Date()): ResponsiveImage {
  return {
    id: asset.id,
    width: asset.width ?? 0,
    height: asset.height ?? 0,
    expired: isExpired(asset, now),
    altText: asset.altText,
    caption: asset.caption,
    credit: asset.credit,
    renditions: (Array.isArray(asset.renditions) ? (asset.renditions as ResponsiveImage['renditions']) : []).map((r) => ({
      crop: r.crop,
      width: r.width,
      height: r.height,
      format: r.format,
      name: r.name,
    })),
  };
}

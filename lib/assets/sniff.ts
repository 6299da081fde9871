import { imageSize } from 'image-size';

export const ACCEPTED_IMAGES = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;

export type SniffedImage = {
  mimeType: (typeof ACCEPTED_IMAGES)[keyof typeof ACCEPTED_IMAGES];
  extension: keyof typeof ACCEPTED_IMAGES;
  width: number;
  height: number;
};

/**
 * What an uploaded file really is, from its bytes (never its name or the browser's
 * claim): a JPEG, PNG or WebP image with its size, or null for anything else
 * (SVG, HTML, a renamed script, a truncated file).
 */
export function sniffImage(bytes: Uint8Array): SniffedImage | null {
  try {
    const result = imageSize(bytes);
    const type = result.type as string | undefined;
    if (!type || !(type in ACCEPTED_IMAGES) || !result.width || !result.height) return null;
    const extension = type as keyof typeof ACCEPTED_IMAGES;
    return { mimeType: ACCEPTED_IMAGES[extension], extension, width: result.width, height: result.height };
  } catch {
    return null;
  }
}

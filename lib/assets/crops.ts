/** The crops every image is made in: its own shape, 16:9 for cards and social, 1:1. */
export const CROPS = ['original', '16x9', '1x1'] as const;
export type Crop = (typeof CROPS)[number];

/** The widths made of each crop (never wider than the image itself). */
export const CROP_WIDTHS: Record<Crop, number[]> = {
  original: [320, 640, 960, 1280, 1920],
  '16x9': [320, 640, 960, 1280],
  '1x1': [320, 640],
};

/** The social card's size (og:image, twitter:image, JSON-LD). */
export const SOCIAL = { width: 1200, height: 630 } as const;

export const ASPECTS: Record<Exclude<Crop, 'original'>, number> = { '16x9': 16 / 9, '1x1': 1 };

export type Rect = { left: number; top: number; width: number; height: number };

/**
 * The largest rectangle of the given aspect inside a width × height image, placed so
 * the focal point (fractions of width and height) is as near its centre as the edges
 * allow.
 */
export function focalCrop(width: number, height: number, aspect: number, focalX = 0.5, focalY = 0.5): Rect {
  const fx = Math.min(1, Math.max(0, Number.isFinite(focalX) ? focalX : 0.5));
  const fy = Math.min(1, Math.max(0, Number.isFinite(focalY) ? focalY : 0.5));
  let w = width;
  let h = Math.round(width / aspect);
  if (h > height) {
    h = height;
    w = Math.min(width, Math.round(height * aspect));
  }
  const left = Math.round(Math.min(width - w, Math.max(0, fx * width - w / 2)));
  const top = Math.round(Math.min(height - h, Math.max(0, fy * height - h / 2)));
  return { left, top, width: w, height: h };
}

/** The widths to make of a crop `cropWidth` pixels wide: the standard ones it reaches, or its own width when it is smaller than all. */
export function widthsFor(crop: Crop, cropWidth: number): number[] {
  const fitting = CROP_WIDTHS[crop].filter((w) => w <= cropWidth);
  return fitting.length ? fitting : [cropWidth];
}

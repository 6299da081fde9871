import { describe, expect, it } from 'vitest';
import { focalCrop, widthsFor } from './crops';

describe('focal crops', () => {
  it('takes the largest rectangle of the aspect, centred on the focal point within the edges', () => {
    expect(focalCrop(4000, 3000, 16 / 9)).toEqual({ left: 0, top: 375, width: 4000, height: 2250 });
    expect(focalCrop(4000, 3000, 1, 0.9, 0.5)).toEqual({ left: 1000, top: 0, width: 3000, height: 3000 });
    expect(focalCrop(4000, 3000, 1, 0.1, 0.5)).toEqual({ left: 0, top: 0, width: 3000, height: 3000 });
    expect(focalCrop(3000, 4000, 16 / 9, 0.5, 0.2)).toEqual({ left: 0, top: 0, width: 3000, height: 1688 });
    expect(focalCrop(3000, 4000, 16 / 9, 0.5, 0.6)).toEqual({ left: 0, top: 1556, width: 3000, height: 1688 });
    expect(focalCrop(100, 100, 1, Number.NaN, 7)).toEqual({ left: 0, top: 0, width: 100, height: 100 });
  });

  it('never upscales: only the widths an image reaches, or its own width', () => {
    expect(widthsFor('original', 4000)).toEqual([320, 640, 960, 1280, 1920]);
    expect(widthsFor('original', 1000)).toEqual([320, 640, 960]);
    expect(widthsFor('1x1', 200)).toEqual([200]);
  });
});

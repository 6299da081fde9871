import { describe, expect, it } from 'vitest';
import { sniffImage } from './sniff';

const PNG_1PX = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
// A 1x1 baseline JPEG and a 1x1 lossless WebP.
const JPEG_1PX = Buffer.from(
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
  'base64',
);
const WEBP_1PX = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');

describe('image sniffing', () => {
  it('recognises JPEG, PNG and WebP by their bytes', () => {
    expect(sniffImage(PNG_1PX)).toEqual({ mimeType: 'image/png', extension: 'png', width: 1, height: 1 });
    expect(sniffImage(JPEG_1PX)).toMatchObject({ mimeType: 'image/jpeg', width: 1, height: 1 });
    expect(sniffImage(WEBP_1PX)).toMatchObject({ mimeType: 'image/webp', width: 1, height: 1 });
  });

  it.each([
    ['an SVG', '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>'],
    ['an HTML page', '<!doctype html><html><script>alert(1)</script></html>'],
    ['a GIF', 'GIF89a\x01\x00\x01\x00\x00\x00\x00;'],
    ['plain text', 'hello'],
  ])('refuses %s, whatever it is called', (_name, content) => {
    expect(sniffImage(Buffer.from(content, 'latin1'))).toBeNull();
  });

  it('refuses a truncated PNG', () => expect(sniffImage(PNG_1PX.subarray(0, 12))).toBeNull());
});

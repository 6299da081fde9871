import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { sourceFingerprint } from './fingerprint';

describe('sourceFingerprint', () => {
  const shown = { headline: 'Peskov replies', status: 'PUBLISHED', body: docFromParagraphs(['One.', 'Two.']) };

  it('stays the same for the same text, whatever else a save moved', () => {
    expect(sourceFingerprint({ ...shown, body: docFromParagraphs(['One.', 'Two.']) })).toBe(sourceFingerprint(shown));
  });

  it.each([
    ['the headline', { ...shown, headline: 'Peskov replies (corrected)' }],
    ['the state', { ...shown, status: 'KILLED' }],
    ['a paragraph', { ...shown, body: docFromParagraphs(['One.', 'Two!']) }],
    ['a paragraph added', { ...shown, body: docFromParagraphs(['One.', 'Two.', 'Three.']) }],
  ])('changes with %s', (_what, changed) => {
    expect(sourceFingerprint(changed)).not.toBe(sourceFingerprint(shown));
  });
});

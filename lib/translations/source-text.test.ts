import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import { sourceParagraphs } from './source-text';

describe('the source text beside a translation', () => {
  const translated = docFromParagraphs(['Talks began on Monday.', 'Delegations met in Istanbul.', 'No date was set.']);

  it('marks nothing while the source is as it was translated', () => {
    expect(sourceParagraphs(translated, translated).map((p) => [p.text, p.change])).toEqual([
      ['Talks began on Monday.', 'same'],
      ['Delegations met in Istanbul.', 'same'],
      ['No date was set.', 'same'],
    ]);
  });

  it('marks a corrected paragraph with what changed, and paragraphs added and removed since, keeping the rest aligned', () => {
    const now = docFromParagraphs(['Talks began on Tuesday.', 'Delegations met in Istanbul.', 'A second round is due in May.']);
    const paragraphs = sourceParagraphs(now, translated);
    expect(paragraphs.map((p) => [p.text, p.change])).toEqual([
      ['Talks began on Tuesday.', 'changed'],
      ['Delegations met in Istanbul.', 'same'],
      ['A second round is due in May.', 'changed'],
    ]);
    expect(paragraphs[0]!.diff).toEqual([
      { text: 'Talks began on ', change: 'same' },
      { text: 'Monday', change: 'removed' },
      { text: 'Tuesday', change: 'added' },
      { text: '.', change: 'same' },
    ]);
    const grown = sourceParagraphs(
      docFromParagraphs(['Talks began on Monday.', 'Delegations met in Istanbul.', 'No date was set.', 'Ankara hosted.']),
      translated,
    );
    expect(grown.map((p) => p.change)).toEqual(['same', 'same', 'same', 'added']);
    const shrunk = sourceParagraphs(docFromParagraphs(['Talks began on Monday.', 'No date was set.']), translated);
    expect(shrunk.map((p) => [p.text, p.change, p.diff])).toEqual([
      ['Talks began on Monday.', 'same', []],
      ['', 'removed', [{ text: 'Delegations met in Istanbul.', change: 'removed' }]],
      ['No date was set.', 'same', []],
    ]);
  });

  it('shows the source unmarked when the version translated is not known', () => {
    expect(sourceParagraphs(translated, null).every((p) => p.change === 'same')).toBe(true);
  });
});

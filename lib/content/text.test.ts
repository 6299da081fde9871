import { describe, expect, it } from 'vitest';
import { countWords, docToPlainText } from './text';

describe('plain text', () => {
  it('joins blocks with blank lines and keeps list items apart', () => {
    const doc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'One ' },
            { type: 'text', text: 'two', marks: [{ type: 'bold' }] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'item' }] }] }] },
      ],
    };
    expect(docToPlainText(doc)).toBe('One two\n\nitem');
  });
  it('counts words in English and Russian', () => {
    expect(countWords('Putin, Pashinyan to discuss — Kremlin’s view')).toBe(6);
    expect(countWords('Путин и Пашинян')).toBe(3);
    expect(countWords('   ')).toBe(0);
  });
});

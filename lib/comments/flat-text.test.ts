import { getSchema } from '@tiptap/core';
import { Node } from '@tiptap/pm/model';
import { describe, expect, it } from 'vitest';
import { bodyExtensions } from '@/lib/content/extensions';
import type { TDocNode } from '@/lib/content/document';
import { flattenDoc, offsetsOfRange } from './flat-text';

const doc: TDocNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Talks' }] },
    { type: 'paragraph' },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Peskov ' },
        { type: 'text', text: 'said', marks: [{ type: 'bold' }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'more' },
      ],
    },
    { type: 'figure', attrs: { src: '/media/x', alt: 'A photo', caption: '', credit: '' } },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one item' }] }] }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a quote' }] }] },
  ],
};

describe('flattenDoc', () => {
  it('maps every character to its ProseMirror position', () => {
    const pm = Node.fromJSON(getSchema(bodyExtensions), doc);
    const { text, positions } = flattenDoc(doc);
    expect(text).toBe('Talks\nPeskov said\nmore\none item\na quote\n');
    [...text].forEach((char, i) => {
      if (char !== '\n') expect(pm.textBetween(positions[i]!, positions[i]! + 1)).toBe(char);
    });
    expect(positions.at(-1)).toBeLessThanOrEqual(pm.content.size);
  });

  it('turns a document range back into text offsets', () => {
    const pm = Node.fromJSON(getSchema(bodyExtensions), doc);
    const { text, positions } = flattenDoc(doc);
    let from = 0;
    pm.descendants((node, pos) => {
      if (node.isText && node.text === 'said') from = pos;
    });
    const range = offsetsOfRange(positions, from, from + 4)!;
    expect(text.slice(range.start, range.end)).toBe('said');
  });
});

import { describe, expect, it } from 'vitest';
import type { TDocNode } from '@/lib/content/document';
import { HEADLINE_MAX } from '@/lib/stories/limits';
import { applyMachineTexts, machineTexts } from './machine-draft';

const body: TDocNode = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'MOSCOW, July 7. /TASS/. ' },
        { type: 'text', text: 'Talks', marks: [{ type: 'bold' }] },
      ],
    },
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Background' }] },
    { type: 'image', attrs: { src: '/media/a.jpg', alt: 'Delegations' } },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }] }] }] },
    { type: 'paragraph' },
  ],
};
const source = { headline: 'Talks resume', subheadline: 'In Istanbul', body };

describe('machine drafts', () => {
  it('asks for the headline, subheadline and each text block, in reading order', () => {
    expect(machineTexts(source)).toEqual(['Talks resume', 'In Istanbul', 'MOSCOW, July 7. /TASS/. Talks', 'Background', 'One']);
  });

  it('puts each translation back in its block, keeping the structure, images and attributes', () => {
    const draft = applyMachineTexts(source, ['Переговоры возобновились', 'В Стамбуле', 'МОСКВА, 7 июля. /ТАСС/. Переговоры', 'Предыстория', 'Один'])!;
    expect(draft.headline).toBe('Переговоры возобновились');
    expect(draft.subheadline).toBe('В Стамбуле');
    expect(draft.body).toEqual({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'МОСКВА, 7 июля. /ТАСС/. Переговоры' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Предыстория' }] },
        { type: 'image', attrs: { src: '/media/a.jpg', alt: 'Delegations' } },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Один' }] }] }] },
        { type: 'paragraph' },
      ],
    });
  });

  it('normalises what the engine sends and cuts it to the field', () => {
    const draft = applyMachineTexts(source, ['x'.repeat(500), 'line\u0000one\r\ntwo', 'a\u0007b', '', 'ok'])!;
    expect(draft.headline).toHaveLength(HEADLINE_MAX);
    expect(draft.headline.endsWith('…')).toBe(true);
    expect(draft.subheadline).toBe('lineone two');
    expect(draft.body.content![0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'ab' }] });
    expect(draft.body.content![1]).toEqual({ type: 'heading', attrs: { level: 2 } });
  });

  it('refuses an answer that does not fit the question', () => {
    expect(applyMachineTexts(source, ['one', 'two'])).toBeNull();
    expect(applyMachineTexts(source, ['a', 'b', 'c', 'd', 'e', 'f'])).toBeNull();
    expect(applyMachineTexts(source, ['a', 'b', 'c', 'd', 5])).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { docFromParagraphs } from '@/lib/content/document';
import type { StoryContent } from './content';
import { sameContent } from './content';
import { diffStoryContent } from './diff';

const base: StoryContent = {
  headline: 'Putin, Pashinyan to discuss Karabakh',
  subheadline: 'Talks on Wednesday',
  datelinePlace: 'Moscow',
  datelineDate: new Date('2021-07-07T00:00:00Z'),
  credit: 'TASS',
  sectionId: 's1',
  topicId: null,
  priority: 'ROUTINE',
  language: 'en',
  tagIds: ['t1'],
  body: docFromParagraphs(['One two three.']),
  bodyText: 'One two three.',
  bylines: [],
  bylineWith: '',
};
const names = {
  sections: new Map([
    ['s1', 'World'],
    ['s2', 'Politics'],
  ]),
  topics: new Map(),
  tags: new Map([
    ['t1', 'Russia'],
    ['t2', 'Armenia'],
  ]),
};

describe('story diff', () => {
  it('shows word-level changes in the headline and body', () => {
    const after = { ...base, headline: 'Putin, Pashinyan to discuss Nagorno-Karabakh', bodyText: 'One four three.' };
    const diff = diffStoryContent(base, after, names);
    const headline = diff.find((d) => d.field === 'headline')!;
    expect(headline.changed).toBe(true);
    expect(headline.parts.filter((p) => p.change !== 'same').map((p) => [p.change, p.text])).toEqual([['added', 'Nagorno-']]);
    const body = diff.find((d) => d.field === 'body')!;
    expect(body.parts).toEqual([
      { text: 'One ', change: 'same' },
      { text: 'two', change: 'removed' },
      { text: 'four', change: 'added' },
      { text: ' three.', change: 'same' },
    ]);
    expect(diff.find((d) => d.field === 'subheadline')!.changed).toBe(false);
  });

  it('compares sections, tags and datelines by what people see', () => {
    const after = { ...base, sectionId: 's2', tagIds: ['t1', 't2'], datelinePlace: 'Yerevan' };
    const diff = Object.fromEntries(diffStoryContent(base, after, names).map((d) => [d.field, d]));
    expect(diff.section!.parts.map((p) => [p.change, p.text])).toEqual([
      ['removed', 'World'],
      ['added', 'Politics'],
    ]);
    expect(diff.tags!.parts.filter((p) => p.change === 'added').map((p) => p.text)).toEqual([', Armenia']);
    expect(diff.dateline!.parts.filter((p) => p.change !== 'same').map((p) => p.text)).toEqual(['MOSCOW', 'YEREVAN']);
  });

  it('knows when nothing a person edits has changed', () => {
    expect(sameContent(base, { ...base, tagIds: ['t1'], bodyText: 'ignored: derived' })).toBe(true);
    expect(sameContent(base, { ...base, body: docFromParagraphs(['One two three!']) })).toBe(false);
  });
});

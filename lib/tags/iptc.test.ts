import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMediaTopics } from './iptc';

const tsv = readFileSync(path.resolve(import.meta.dirname, '../../prisma/data/mediatopic-en-GB.tsv'), 'utf8');

describe('IPTC media topics vocabulary', () => {
  const topics = parseMediaTopics(tsv);

  it('loads the current (not retired) topics with labels and parents', () => {
    expect(topics.length).toBeGreaterThan(1000);
    expect(topics.find((t) => t.qcode === 'medtop:11000000')).toEqual({
      qcode: 'medtop:11000000',
      label: 'politics',
      broader: null,
      subjectCode: 'subj:11000000',
    });
    expect(topics.find((t) => t.qcode === 'medtop:20000639')).toMatchObject({ label: 'diplomacy', broader: 'medtop:20000638' });
  });

  it('leaves retired topics out', () => {
    const retired = tsv
      .split('\n')
      .filter((line) => line.split('\t')[3]?.trim())
      .map((line) => line.split('\t')[0]);
    expect(retired.length).toBeGreaterThan(100);
    expect(topics.some((t) => retired.includes(t.qcode))).toBe(false);
  });

  it('refuses a file without the expected columns', () => {
    expect(() => parseMediaTopics('code\tlabel\nmedtop:1\tx')).toThrow(/column/);
  });
});

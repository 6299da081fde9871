import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const RULE_FILE = 'lib/stories/visibility.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

// The rule's parts written out again: a killed check next to a visibility-time check.
const RESTATED = [/"visibleAt"\s*<=/, /visibleAt:\s*\{\s*lte\b/, /\.visibleAt\s*<=/, /"killedAt"\s+IS\s+NULL/i];

// The modules that read publications for readers, partners or the public media route.
const PUBLIC_SURFACES = [
  'lib/stories/public-queries.ts',
  'lib/stories/search.ts',
  'lib/stories/story-gate.ts',
  'lib/stories/reader-state.ts',
  'lib/sitemaps/queries.ts',
  'lib/live/queries.ts',
  'lib/assets/queries.ts',
  'lib/wire/export/distribution-queries.ts',
];

describe('the visibility rule is written once', () => {
  const files = ['app', 'components', 'lib', 'scripts'].flatMap(sourceFiles);

  it('no file but the rule itself restates it', () => {
    const restating = files.filter((file) => file !== RULE_FILE && RESTATED.some((pattern) => pattern.test(readFileSync(path.join(ROOT, file), 'utf8'))));
    expect(restating).toEqual([]);
  });

  it('every public surface reads through it', () => {
    for (const file of PUBLIC_SURFACES) {
      expect(readFileSync(path.join(ROOT, file), 'utf8'), file).toMatch(/from '(@\/lib\/stories|\.)\/visibility'/);
    }
  });
});

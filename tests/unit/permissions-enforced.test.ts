import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ACTIONS } from '@/lib/auth/permissions';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MATRIX = 'lib/auth/permissions.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

describe('every permission in the matrix is enforced somewhere', () => {
  const code = ['app', 'components', 'lib', 'scripts', 'proxy.ts']
    .flatMap((entry) => (entry.endsWith('.ts') ? [entry] : sourceFiles(entry)))
    .filter((file) => file !== MATRIX)
    .map((file) => readFileSync(path.join(ROOT, file), 'utf8'))
    .join('\n');

  // A check names the action to the matrix: assertCan/can/requireViewer/defineAction, or a
  // workflow transition's `permission`. (Audit rows reuse some names, so a bare mention is not enough.)
  const checks = (action: string) =>
    new RegExp(`(?:\\b(?:assertCan|can|requireViewer|defineAction)\\([^;]{0,200}?|permission:\\s*)'${action.replace('.', '\\.')}'`);

  for (const action of ACTIONS) {
    it(`${action} is checked by code outside the matrix`, () => {
      expect(checks(action).test(code), `no code checks '${action}': enforce it or take it out of the matrix`).toBe(true);
    });
  }

  it('would notice an action nothing checks', () => {
    expect(checks('story.purge').test(code)).toBe(false); // an audit row's name, not a permission
  });
});

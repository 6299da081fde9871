import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** The layout block of the README's Architecture section: the first code block after "## Architecture". */
function layoutBlock(readme: string): string[] {
  const section = readme.slice(readme.indexOf('## Architecture'));
  const match = /```\n([\s\S]*?)```/.exec(section);
  if (!match) throw new Error('The Architecture section has no layout block');
  return match[1]!.split('\n');
}

/** Every path the layout names: top-level entries and the entries indented under them. */
function namedPaths(lines: string[]): string[] {
  const paths: string[] = [];
  let top = '';
  for (const line of lines) {
    if (!line.trim()) continue;
    const names = line.trim().split(/\s{2,}/)[0]!;
    if (/^\S/.test(line)) {
      top = names.split(/\s+/)[0]!;
      paths.push(top);
    } else if (/^ {2}\S/.test(line)) {
      for (const name of names.split(/[\s,]+/).filter(Boolean)) paths.push(path.join(top, name));
    }
  }
  return paths;
}

describe("the README's layout is true to the code", () => {
  const lines = layoutBlock(readFileSync(path.join(ROOT, 'README.md'), 'utf8'));
  const named = namedPaths(lines);

  it('names something under each top folder', () => {
    expect(named).toEqual(expect.arrayContaining(['app', 'components', 'lib', 'prisma', 'scripts', 'tests', 'e2e', 'bench'].map((dir) => `${dir}/`)));
    expect(named.length).toBeGreaterThan(50);
  });

  it('every folder and file it names exists', () => {
    expect(named.filter((entry) => !existsSync(path.join(ROOT, entry)))).toEqual([]);
  });

  it('every folder in lib/ is in it', () => {
    const libFolders = readdirSync(path.join(ROOT, 'lib'), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => `lib/${e.name}/`);
    expect(libFolders.filter((folder) => !named.includes(folder))).toEqual([]);
  });
});

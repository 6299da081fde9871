import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const WIRE_FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/wire');

/** Every wire document in the fixtures (schemas' XSDs and the SOURCES notes aside), relative paths. */
export function wireFixtureFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!/\.(md|xsd)$/.test(name)) files.push(path.relative(WIRE_FIXTURES, full));
    }
  };
  walk(WIRE_FIXTURES);
  return files;
}

export const readFixture = (file: string) => readFileSync(path.join(WIRE_FIXTURES, file));

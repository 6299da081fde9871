import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const INPUTS = ['app', 'components', 'lib', 'generated', 'prisma/schema.prisma', 'next.config.js', 'postcss.config.mjs', 'package-lock.json', 'tsconfig.json'];
const STAMP = path.join(ROOT, '.next', 'newsroom-build-fingerprint');

function walk(file: string, out: string[]) {
  if (!existsSync(file)) return;
  const stat = statSync(file);
  if (stat.isDirectory()) for (const entry of readdirSync(file).sort()) walk(path.join(file, entry), out);
  else out.push(`${path.relative(ROOT, file)}:${stat.size}:${stat.mtimeMs}`);
}

/** A fingerprint of everything `next build` reads, so `npm start` rebuilds only when needed. */
export function sourceFingerprint(): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(ROOT, input), files);
  return createHash('sha256').update(files.join('\n')).digest('hex');
}

export function isBuildCurrent(): boolean {
  return existsSync(path.join(ROOT, '.next', 'BUILD_ID')) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === sourceFingerprint();
}

export function markBuildCurrent() {
  writeFileSync(STAMP, sourceFingerprint());
}

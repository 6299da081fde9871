// The wire fidelity score: for every story file in tests/fixtures/wire, the parser's
// fields against the values a person checked by hand (expected.json), field by field.
// Shared by the fidelity test and `npm run bench`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseWireDocument } from '@/lib/wire/parse';
import { readFixture } from '../fixture-files';
import { checkedItems, fidelityFields, type FidelityFields } from './fields';

export const EXPECTED_FILE = path.join(import.meta.dirname, 'expected.json');
export const HELD_OUT_FILE = path.join(import.meta.dirname, 'held-out.json');

export type FileResult = { file: string; right: boolean; wrong: string[] };
export type FidelityScore = { files: number; right: number; ratio: number; results: FileResult[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One story file against its expected items: the fields that differ, as "item 1 byline: got … want …". */
export function compareFile(file: string, expected: FidelityFields[]): FileResult {
  let got: FidelityFields[];
  try {
    got = checkedItems(parseWireDocument(readFixture(file)).items).map(fidelityFields);
  } catch (error) {
    return { file, right: false, wrong: [`refused: ${(error as Error).message.slice(0, 160)}`] };
  }
  const wrong: string[] = [];
  if (got.length !== expected.length) wrong.push(`items: got ${got.length}, want ${expected.length}`);
  expected.forEach((want, i) => {
    const have = got[i];
    if (!have) return;
    for (const field of Object.keys(want) as (keyof FidelityFields)[]) {
      if (!same(have[field], want[field])) wrong.push(`item ${i + 1} ${field}: got ${JSON.stringify(have[field])}, want ${JSON.stringify(want[field])}`);
    }
  });
  return { file, right: wrong.length === 0, wrong };
}

export function readExpected(): Record<string, FidelityFields[]> {
  return JSON.parse(readFileSync(EXPECTED_FILE, 'utf8')) as Record<string, FidelityFields[]>;
}

/** The batches of story files held out of the rules of issue 28, each set aside before the rules it tests were written (see held-out.json). */
export function readHeldOut(): { name: string; files: Set<string> }[] {
  const doc = JSON.parse(readFileSync(HELD_OUT_FILE, 'utf8')) as { batches: { name: string; files: string[] }[] };
  return doc.batches.map((batch) => ({ name: batch.name, files: new Set(batch.files) }));
}

const scoreOf = (results: FileResult[]): FidelityScore => {
  const right = results.filter((r) => r.right).length;
  return { files: results.length, right, ratio: results.length ? right / results.length : 0, results };
};

export function fidelityScore(expected = readExpected()): FidelityScore {
  return scoreOf(Object.entries(expected).map(([file, items]) => compareFile(file, items)));
}

export const formatScore = (score: FidelityScore) => `${score.right}/${score.files} story files with every field right (${(score.ratio * 100).toFixed(1)}%)`;

/** The score over every story file, and apart: the files the rules were written on, and each held-out batch. */
export function fidelityReport(expected = readExpected()) {
  const batches = readHeldOut();
  const all = fidelityScore(expected);
  const held = (file: string) => batches.some((batch) => batch.files.has(file));
  return {
    all,
    written: scoreOf(all.results.filter((r) => !held(r.file))),
    batches: batches.map((batch) => ({ name: batch.name, score: scoreOf(all.results.filter((r) => batch.files.has(r.file))) })),
  };
}

const percent = (score: FidelityScore) => (score.files ? ` (${(score.ratio * 100).toFixed(1)}%)` : '');
export const formatReport = (report: ReturnType<typeof fidelityReport>) =>
  `${formatScore(report.all)}; the files the rules were written on: ${report.written.right}/${report.written.files}; ${report.batches
    .map((b) => `held out (${b.name}): ${b.score.right}/${b.score.files}${percent(b.score)}`)
    .join('; ')}`;

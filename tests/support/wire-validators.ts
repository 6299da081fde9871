import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const SCHEMAS = path.resolve(import.meta.dirname, '../fixtures/wire');
const readJson = (file: string) => JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8'));

let validator: ((doc: unknown) => string[]) | null = null;

/** Errors of a document against IPTC's ninjs 2.2 JSON Schema (GeoJSON `$ref` resolved offline); [] when valid. */
export function ninjsErrors(doc: unknown): string[] {
  if (!validator) {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema(readJson('ninjs/schema/GeoJSON-schema.json'));
    const validate = ajv.compile(readJson('ninjs/schema/ninjs-schema_2.2.json'));
    validator = (value) => (validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`));
  }
  return validator(doc);
}

/** xmllint's verdict on a NewsML-G2 document against the 2.35 power XSD ('' when valid). */
export function newsmlErrors(xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'newsml-'));
  const file = path.join(dir, 'item.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '--schema', path.join(SCHEMAS, 'newsml-g2/schema/NewsML-G2_2.35-spec-All-Power.xsd'), file], {
      stdio: 'pipe',
    });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

// Reading a story out of its shared document and writing one into it, as edits: the same
// code in the browser (the form), in the collaboration server and in every write made
// elsewhere (a restore, a bulk change, wire copy), so they can never disagree.
import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { bodyExtensions } from '@/lib/content/extensions';
import { readDoc, type TDocNode } from '@/lib/content/document';
import { acceptedBody } from '@/lib/suggestions/body';
import { canonicalJson } from '../content';
import type { Draft } from '../draft';
import { BODY_FIELD, FIELDS_MAP, SCALAR_FIELDS, SCALAR_SCHEMAS, TEXT_FIELDS, type ScalarField, type SharedFields, type TextField } from './fields';

let schema: ReturnType<typeof getSchema> | undefined;
const bodySchema = () => (schema ??= getSchema(bodyExtensions));

export const textOf = (doc: Y.Doc, field: TextField) => doc.getText(field);
export const fieldsMapOf = (doc: Y.Doc) => doc.getMap<unknown>(FIELDS_MAP);
export const bodyOf = (doc: Y.Doc): TDocNode => readDoc(yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FIELD)));

/** A one-value field as the document holds it, or undefined when it holds none (or one it may not hold). */
export function scalarOf<F extends ScalarField>(doc: Y.Doc, field: F): SharedFields[F] | undefined {
  const map = fieldsMapOf(doc);
  if (!map.has(field)) return undefined;
  const parsed = SCALAR_SCHEMAS[field].safeParse(map.get(field));
  return parsed.success ? (parsed.data as SharedFields[F]) : undefined;
}

/** Whether the document holds a story yet (a new Y.Doc before it synced holds nothing). */
export const holdsStory = (doc: Y.Doc) => doc.getXmlFragment(BODY_FIELD).length > 0 || fieldsMapOf(doc).size > 0;

/**
 * The story as the document holds it. A field it does not hold (or holds in a shape no
 * client may write) reads as `fallback`'s, so a bad value never breaks a page.
 */
export function readSharedDraft(doc: Y.Doc, fallback: Draft): Draft {
  const draft = { ...fallback } as Record<string, unknown>;
  for (const field of TEXT_FIELDS) draft[field] = textOf(doc, field).toString();
  for (const field of SCALAR_FIELDS) {
    const value = scalarOf(doc, field);
    if (value !== undefined) draft[field] = value;
  }
  draft.body = doc.getXmlFragment(BODY_FIELD).length ? bodyOf(doc) : fallback.body;
  return draft as Draft;
}

/**
 * The story as it is stored from the document: the body without its open suggestions
 * (a proposed headline lives apart and never is in the headline), so the story's row,
 * its revisions and everything made from them hold only accepted text.
 */
export function readStoredDraft(doc: Y.Doc, fallback: Draft): Draft {
  const draft = readSharedDraft(doc, fallback);
  return { ...draft, body: acceptedBody(draft.body) };
}

/** Makes a Y.Text say `value` with the smallest edit: the common start and end stay, so carets and concurrent typing there survive. */
export function setText(text: Y.Text, value: string) {
  const current = text.toString();
  if (current === value) return;
  let start = 0;
  while (start < current.length && start < value.length && current[start] === value[start]) start++;
  let end = 0;
  while (end < current.length - start && end < value.length - start && current[current.length - 1 - end] === value[value.length - 1 - end]) end++;
  const removed = current.length - start - end;
  if (removed) text.delete(start, removed);
  const inserted = value.slice(start, value.length - end);
  if (inserted) text.insert(start, inserted);
}

/** Writes the one-value fields that differ; returns their names. */
export function setScalars(doc: Y.Doc, fields: Partial<Pick<SharedFields, ScalarField>>): ScalarField[] {
  const map = fieldsMapOf(doc);
  const changed = SCALAR_FIELDS.filter((name) => name in fields && fields[name] !== undefined && canonicalJson(map.get(name)) !== canonicalJson(fields[name]));
  for (const name of changed) map.set(name, fields[name]);
  return changed;
}

/**
 * Brings the document to `draft` as an edit on top of what it holds, in one transaction
 * with `origin`: the body by the same minimal diff the editor's binding uses, each text
 * field by its changed span, the other fields that differ. Returns the names of the
 * fields it changed ('body' included).
 */
export function writeSharedDraft(doc: Y.Doc, draft: Partial<Draft>, origin?: unknown): string[] {
  const changed: string[] = [];
  doc.transact(() => {
    if (draft.body && (doc.getXmlFragment(BODY_FIELD).length === 0 || canonicalJson(bodyOf(doc)) !== canonicalJson(draft.body))) {
      writeSharedBody(doc, draft.body);
      changed.push('body');
    }
    for (const field of TEXT_FIELDS) {
      const value = draft[field];
      if (value === undefined || textOf(doc, field).toString() === value) continue;
      setText(textOf(doc, field), value);
      changed.push(field);
    }
    changed.push(...setScalars(doc, draft));
  }, origin);
  return changed;
}

/** Brings the document's body to `body` by the minimal diff the editor's binding uses (for a caller that knows it differs). */
export function writeSharedBody(doc: Y.Doc, body: TDocNode) {
  prosemirrorJSONToYXmlFragment(bodySchema(), body, doc.getXmlFragment(BODY_FIELD));
}

/**
 * A story's first shared document, written by a fixed writer id, so the same story
 * always gives the same state: were two instances to make it at once, merging the two
 * would not double the text.
 */
export function seedSharedDoc(draft: Draft): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 0;
  writeSharedDraft(doc, draft);
  return doc;
}

/**
 * Documents made before text fields were shared per character held them as plain values
 * in the fields map: they move into their own Y.Text once (by whoever stores it first,
 * under the stored state's lock). Returns whether anything moved.
 */
export function upgradeLegacyFields(doc: Y.Doc, origin?: unknown): boolean {
  const map = fieldsMapOf(doc);
  const legacy = TEXT_FIELDS.filter((field) => map.has(field));
  if (!legacy.length) return false;
  doc.transact(() => {
    for (const field of legacy) {
      const value = map.get(field);
      if (typeof value === 'string' && textOf(doc, field).length === 0) textOf(doc, field).insert(0, value);
      map.delete(field);
    }
  }, origin);
  return true;
}

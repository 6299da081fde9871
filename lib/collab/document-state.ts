import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { TDocNode } from '@/lib/content/document';
import { canonicalJson } from '@/lib/stories/content';
import type { Draft } from '@/lib/stories/draft';

/** The Y.XmlFragment tiptap's Collaboration extension binds to. */
export const BODY_FIELD = 'default';
/** The Y.Map holding the story's other fields, one entry per form field (last writer wins per field). */
export const FIELDS_MAP = 'fields';

/** Everything in the form but the body: what the fields map holds. */
export type SharedFields = Omit<Draft, 'body'>;
export const SHARED_FIELD_NAMES = [
  'headline', 'subheadline', 'slug', 'datelinePlace', 'datelineDate', 'credit', 'sectionId', 'topicId', 'priority',
  'language', 'tags', 'correctionNote', 'embargoUntil', 'liveCoverage', 'leadImageId',
] as const satisfies readonly (keyof SharedFields)[];

/** The body as the shared document holds it now, in the editor's JSON. */
export function bodyOfYDoc(doc: Y.Doc): TDocNode {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FIELD)) as TDocNode;
}

/** The fields the shared document holds (none before it was seeded or synced). */
export function fieldsOfYDoc(doc: Y.Doc): Partial<SharedFields> {
  const map = doc.getMap<unknown>(FIELDS_MAP);
  const fields: Record<string, unknown> = {};
  for (const name of SHARED_FIELD_NAMES) if (map.has(name)) fields[name] = map.get(name);
  return fields as Partial<SharedFields>;
}

/** The whole story as the shared document holds it, on top of `fallback` for fields it lacks. */
export function draftOfYDoc(doc: Y.Doc, fallback: Draft): Draft {
  return { ...fallback, ...fieldsOfYDoc(doc), body: bodyOfYDoc(doc) };
}

/** Writes the fields that differ (in one transaction, with `origin`); returns the names written. */
export function writeFields(doc: Y.Doc, fields: Partial<SharedFields>, origin?: unknown): string[] {
  const map = doc.getMap<unknown>(FIELDS_MAP);
  const changed = SHARED_FIELD_NAMES.filter((name) => name in fields && canonicalJson(map.get(name)) !== canonicalJson(fields[name]));
  if (changed.length) doc.transact(() => { for (const name of changed) map.set(name, fields[name]); }, origin);
  return changed;
}

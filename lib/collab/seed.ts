import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { bodyExtensions } from '@/lib/content/extensions';
import { readDoc } from '@/lib/content/document';
import type { Draft } from '@/lib/stories/draft';
import { BODY_FIELD, writeFields } from './document-state';

let schema: ReturnType<typeof getSchema> | undefined;

/**
 * Brings a shared document to a story as stored, as an edit on top of what it holds:
 * the body by the same minimal diff the editor uses, the fields that differ. Devices
 * holding an older state of the document then merge with it instead of doubling it.
 */
export function applyStoryToYDoc(doc: Y.Doc, draft: Draft, origin?: unknown) {
  const { body, ...fields } = draft;
  doc.transact(() => {
    prosemirrorJSONToYXmlFragment((schema ??= getSchema(bodyExtensions)), readDoc(body), doc.getXmlFragment(BODY_FIELD));
    writeFields(doc, fields);
  }, origin);
}

/**
 * A story's first shared document, made by a fixed writer id, so the same story always
 * gives the same state: were two instances to make it at once, merging the two would
 * not double the text.
 */
export function seedYDoc(draft: Draft): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 0;
  applyStoryToYDoc(doc, draft);
  return doc;
}

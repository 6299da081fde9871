import { getSchema } from '@tiptap/core';
import { prosemirrorJSONToYXmlFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { bodyExtensions } from '@/lib/content/extensions';
import { readDoc } from '@/lib/content/document';
import { BODY_FIELD } from './document-state';

let schema: ReturnType<typeof getSchema> | undefined;

/**
 * A shared document made from a stored body by a fixed writer id, so the same body
 * always gives the same state: were two instances to make it at once, merging the two
 * would not double the text.
 */
export function bodySchemaFragment(body: unknown): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 0;
  prosemirrorJSONToYXmlFragment((schema ??= getSchema(bodyExtensions)), readDoc(body), doc.getXmlFragment(BODY_FIELD));
  return doc;
}

import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { TDocNode } from '@/lib/content/document';

/** The Y.XmlFragment tiptap's Collaboration extension binds to. */
export const BODY_FIELD = 'default';

/** The body as the shared document holds it now, in the editor's JSON. */
export function bodyOfYDoc(doc: Y.Doc): TDocNode {
  return yXmlFragmentToProsemirrorJSON(doc.getXmlFragment(BODY_FIELD)) as TDocNode;
}

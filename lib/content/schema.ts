import { getSchema } from '@tiptap/core';
import type { Schema } from '@tiptap/pm/model';
import { bodyExtensions } from './extensions';

let schema: Schema | undefined;

/** The ProseMirror schema built from the shared extension list. */
export function bodySchema(): Schema {
  schema ??= getSchema(bodyExtensions);
  return schema;
}

import * as Y from 'yjs';

/**
 * Applies an edit the server made and already stored (base64 Yjs update) to this browser's copy. Returns false when the
 * update cannot be read: the edit is stored all the same and reaches this copy through the collaboration server, so a
 * caller reports the outcome it was told, never a failure.
 */
export function applyServerEditTo(doc: Y.Doc, update: string, origin: unknown): boolean {
  if (!update) return true;
  try {
    Y.applyUpdate(
      doc,
      Uint8Array.from(atob(update), (c) => c.charCodeAt(0)),
      origin,
    );
    return true;
  } catch {
    return false;
  }
}

// Whose name a client may write a suggestion under: its own, or that of a suggestion the
// story holds. Yjs re-states a neighbour's formatting around text typed next to it, and a
// change typed against someone's suggestion joins it, so an honest client writes others' ids
// only as they stand; a new id must name the person at the socket, at a time not ahead of
// the server's clock.
import * as Y from 'yjs';
import { isSuggestionMark } from '@/lib/content/suggestion-marks';
import { suggestionOrigin } from '@/lib/suggestions/ids';
import { BODY_FIELD, FIELD_SUGGESTIONS_MAP } from './fields';

/** How far ahead of the server's clock a suggestion's time may be (a browser's clock may be off a little). */
const CLOCK_SKEW_MS = 5 * 60_000;

export type Written = { body: Set<string>; fields: Set<string> };

/** The suggestion ids an update writes: as marks in the body, and as keys of the proposed headlines and subheadlines. */
export function suggestionIdsWritten(update: Uint8Array): Written {
  const written: Written = { body: new Set(), fields: new Set() };
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item)) continue;
    const content = struct.content;
    if (content instanceof Y.ContentFormat) {
      const value = content.value as { id?: unknown } | null;
      if (isSuggestionMark(content.key.split('--')[0]!) && value && typeof value === 'object') written.body.add(String(value.id));
    } else if ((struct.parent as unknown) === FIELD_SUGGESTIONS_MAP && struct.parentSub !== null) {
      // A decoded update names a top-level part by its name (the type is resolved only once applied).
      written.fields.add(struct.parentSub);
    }
  }
  return written;
}

/** Every suggestion id marked in a document's body (walked without recursion). */
export function suggestionIdsInBody(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  const stack: Y.XmlFragment[] = [doc.getXmlFragment(BODY_FIELD)];
  while (stack.length) {
    for (const child of stack.pop()!.toArray()) {
      if (child instanceof Y.XmlText) {
        for (const op of child.toDelta() as { attributes?: Record<string, { id?: unknown } | null> }[])
          for (const [mark, attrs] of Object.entries(op.attributes ?? {})) if (isSuggestionMark(mark.split('--')[0]!) && attrs) ids.add(String(attrs.id));
      } else if (child instanceof Y.XmlElement) stack.push(child);
    }
  }
  return ids;
}

const ownAndCurrent = (id: string, authorId: string, now: number) => {
  const origin = suggestionOrigin(id);
  return origin !== null && origin.authorId === authorId && origin.at.getTime() <= now + CLOCK_SKEW_MS;
};

/**
 * Null when every suggestion an update writes names `authorId` (at a time not in the
 * future) or, in the body, is one the story holds or held (`known`, asked only when an
 * id is someone else's); otherwise why not. A proposed headline or subheadline is only
 * ever written by its author.
 */
export function suggestionAuthorProblem(
  written: Written,
  authorId: string,
  known: () => ReadonlySet<string>,
  now = Date.now(),
): { field: string; message: string } | null {
  const message = 'A suggestion can only be made in your own name.';
  for (const id of written.fields) if (!ownAndCurrent(id, authorId, now)) return { field: 'suggestions', message };
  for (const id of written.body) if (!ownAndCurrent(id, authorId, now) && !known().has(id)) return { field: 'body', message };
  return null;
}

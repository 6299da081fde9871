// Whose name a client may write a suggestion under: its own, or that of a suggestion the
// story holds. Yjs re-states a neighbour's formatting around text typed next to it, and a
// change typed against someone's suggestion joins it, so an honest client writes others' ids
// only as they stand; a new id must name the person at the socket, at a time not ahead of
// the server's clock.
import * as Y from 'yjs';
import { BLOCK_SUGGESTIONS_ATTR, parseBlockSuggestions } from '@/lib/content/block-suggestions';
import { isSuggestionMark } from '@/lib/content/suggestion-marks';
import { suggestionOrigin } from '@/lib/suggestions/ids';
import { BODY_FIELD } from './fields';

/** How far ahead of the server's clock a suggestion's time may be (a browser's clock may be off a little). */
const CLOCK_SKEW_MS = 5 * 60_000;

/** The ids of a block's suggestions attribute (none for a value not in shape: the door refuses that by its shape). */
function blockSuggestionIds(value: unknown): string[] {
  const marks = parseBlockSuggestions(value);
  return Array.isArray(marks) ? marks.map((mark) => mark.attrs.id) : [];
}

/** The suggestion ids an update writes in the body: as marks on text (its formatting items), or in a block's suggestions attribute. */
export function suggestionIdsWritten(update: Uint8Array): Set<string> {
  const ids = new Set<string>();
  for (const struct of Y.decodeUpdate(update).structs) {
    if (!(struct instanceof Y.Item)) continue;
    if (struct.content instanceof Y.ContentFormat) {
      const { key, value } = struct.content as { key: string; value: { id?: unknown } | null };
      if (isSuggestionMark(key.split('--')[0]!) && value && typeof value === 'object') ids.add(String(value.id));
    } else if (struct.parentSub === BLOCK_SUGGESTIONS_ATTR) {
      for (const value of struct.content.getContent()) for (const id of blockSuggestionIds(value)) ids.add(id);
    }
  }
  return ids;
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
      } else if (child instanceof Y.XmlElement) {
        for (const id of blockSuggestionIds(child.getAttribute(BLOCK_SUGGESTIONS_ATTR))) ids.add(id);
        stack.push(child);
      }
    }
  }
  return ids;
}

const ownAndCurrent = (id: string, authorId: string, now: number) => {
  const origin = suggestionOrigin(id);
  return origin !== null && origin.authorId === authorId && origin.at.getTime() <= now + CLOCK_SKEW_MS;
};

/**
 * Null when every suggestion an update writes in the body names `authorId` (at a time not
 * in the future) or is one the story holds or held (`known`, asked only for someone else's
 * id), and every proposed headline or subheadline it sets, changes or removes (`fieldKeys`)
 * is the author's own; otherwise why not.
 */
export function suggestionAuthorProblem(
  written: { body: Iterable<string>; fieldKeys: Iterable<string> },
  authorId: string,
  known: (id: string) => boolean,
  now = Date.now(),
): { field: string; message: string } | null {
  const message = 'A suggestion can only be made in your own name.';
  for (const id of written.fieldKeys) if (!ownAndCurrent(id, authorId, now)) return { field: 'suggestions', message };
  for (const id of written.body) if (!ownAndCurrent(id, authorId, now) && !known(id)) return { field: 'body', message };
  return null;
}

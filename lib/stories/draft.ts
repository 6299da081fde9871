// The story form's draft and how it travels: one client-safe codec shared by the form,
// the save payload and the conflict view (the server describes its version the same way).
import type { TDocNode } from '@/lib/content/document';
import type { Priority, TagKind } from '@/lib/enums';
import { canonicalJson } from './content';
import type { Language } from './limits';

export type DraftTag = { id: string; name: string; kind: TagKind };

/** What the story form edits: the fields as the inputs hold them ('' for none), and the body. */
export type Draft = {
  headline: string;
  subheadline: string;
  /** '' while the slug follows the headline. */
  slug: string;
  datelinePlace: string;
  /** `YYYY-MM-DD` or ''. */
  datelineDate: string;
  credit: string;
  sectionId: string;
  topicId: string;
  priority: Priority;
  language: Language;
  /** The tags with their names, so a copy restored from this device shows them. */
  tags: DraftTag[];
  correctionNote: string;
  /** Newsroom wall-clock time (`YYYY-MM-DDTHH:mm`), as the datetime-local input holds it; '' for none. */
  embargoUntil: string;
  liveCoverage: boolean;
  /** An uploaded image's id, or ''. */
  leadImageId: string;
  body: TDocNode;
};

/** A saved version of a story as the form would show it: the other side of a save conflict. */
export type DraftVersion = { draft: Draft; version: number; updatedAt: string; editorName: string | null };

/** Two drafts with the same key hold the same story. */
export const draftKey = (draft: Draft) => canonicalJson(draft);

/** What the form sends to save: the draft's fields, with the body as a JSON string (parsed and checked on the server). */
export type SavePayload = Omit<Draft, 'tags' | 'body'> & { tagIds: string[]; body: string; id?: string; baseVersion: number; autosave: boolean };

/**
 * The Server Action payload. The body travels as a JSON string: React's argument
 * encoding turned the editor's nested `attrs` objects into functions on arrival.
 */
export function toSavePayload(draft: Draft, id: string | null, baseVersion: number, autosave: boolean): SavePayload {
  const { tags, body, ...fields } = draft;
  return { ...fields, tagIds: tags.map((t) => t.id), body: JSON.stringify(body), id: id ?? undefined, baseVersion, autosave };
}

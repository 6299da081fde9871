// The story form's draft: the fields as the form and the shared document hold them,
// and the payload the one writer parses it as (client-safe).
import type { Byline } from '@/lib/bylines/byline';
import { emptyDoc, type TDocNode } from '@/lib/content/document';
import type { Priority, TagKind } from '@/lib/enums';
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
  /** Who wrote it, in order ([] for none). */
  bylines: Byline[];
  /** The "with" line ("With reporting by …"), '' for none. */
  bylineWith: string;
  body: TDocNode;
};

/** A draft as `ZSaveStory` parses it: the draft's fields, tags by id, the body as a JSON string (parsed and checked against the schema). */
export type SavePayload = Omit<Draft, 'tags' | 'body'> & { tagIds: string[]; body: string; id?: string; baseVersion: number; autosave: boolean };

/** A draft as a save payload, for the one writer to parse. */
export function toSavePayload(draft: Draft, id: string | null, baseVersion: number, autosave: boolean): SavePayload {
  const { tags, body, ...fields } = draft;
  return { ...fields, tagIds: tags.map((t) => t.id), body: JSON.stringify(body), id: id ?? undefined, baseVersion, autosave };
}

/** A draft with every field empty and one empty paragraph: a new story before the desk's defaults (lib/stories/mutations.ts `blankDraft`). */
export function emptyDraft(): Draft {
  return {
    headline: '',
    subheadline: '',
    slug: '',
    datelinePlace: '',
    datelineDate: '',
    credit: '',
    sectionId: '',
    topicId: '',
    priority: 'ROUTINE',
    language: 'en',
    tags: [],
    correctionNote: '',
    embargoUntil: '',
    liveCoverage: false,
    leadImageId: '',
    bylines: [],
    bylineWith: '',
    body: emptyDoc(),
  };
}

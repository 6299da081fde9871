import type { TDocNode } from '@/lib/content/document';
import { canonicalJson } from '@/lib/stories/content';
import type { TSaveStory } from '@/lib/stories/validation';
import type { TagOption } from '../tag-picker';
import type { Priority } from '@/lib/enums';

/** What the story form edits: the fields as the inputs hold them, and the body. */
export type Draft = {
  headline: string;
  subheadline: string;
  slug: string;
  datelinePlace: string;
  datelineDate: string;
  credit: string;
  sectionId: string;
  topicId: string;
  priority: Priority;
  language: 'en' | 'ru';
  /** The tags with their names, so a copy restored from this device shows them. */
  tags: TagOption[];
  correctionNote: string;
  /** Newsroom wall-clock time, as the datetime-local input holds it; '' for none. */
  embargoUntil: string;
  body: TDocNode;
};

/** The version of a story another person saved, as a save conflict reports it. */
export type Theirs = Omit<Draft, 'datelineDate' | 'sectionId' | 'topicId' | 'slug' | 'correctionNote' | 'embargoUntil' | 'language' | 'tags'> & {
  tagIds: string[];
  datelineDate: string | null; sectionId: string | null; topicId: string | null; slug: string; language: string;
  version: number; updatedAt: string; editorName: string | null; bodyText: string;
};

export const draftKey = (draft: Draft) => canonicalJson(draft);

/**
 * The Server Action payload. The body travels as a JSON string: React's argument
 * encoding turned the editor's nested `attrs` objects into functions on arrival, and
 * the server parses and checks the string against the schema anyway.
 */
export function toSavePayload(draft: Draft, id: string | null, baseVersion: number, autosave: boolean): TSaveStory {
  const { tags, ...fields } = draft;
  return { ...fields, tagIds: tags.map((t) => t.id), body: JSON.stringify(draft.body), id: id ?? undefined, baseVersion, autosave };
}

export function draftFromTheirs(theirs: Theirs, current: Draft, knownTags: Map<string, TagOption>): Draft {
  return {
    ...current,
    headline: theirs.headline, subheadline: theirs.subheadline, slug: theirs.slug, datelinePlace: theirs.datelinePlace,
    datelineDate: theirs.datelineDate ?? '', credit: theirs.credit,
    sectionId: theirs.sectionId ?? '', topicId: theirs.topicId ?? '', priority: theirs.priority,
    language: theirs.language === 'ru' ? 'ru' : 'en', body: theirs.body,
    tags: theirs.tagIds.map((id) => knownTags.get(id)).filter((t): t is TagOption => !!t),
  };
}

/** The copy kept on this device until the server has it. */
export type LocalCopy = { draft: Draft; baseVersion: number; savedAt: number };

const storageKey = (id: string | null) => `newsroom:story:${id ?? 'new'}`;

export const localCopy = {
  read(id: string | null): LocalCopy | null {
    try {
      const raw = window.localStorage.getItem(storageKey(id));
      return raw ? (JSON.parse(raw) as LocalCopy) : null;
    } catch {
      return null;
    }
  },
  write(id: string | null, copy: LocalCopy) {
    try {
      window.localStorage.setItem(storageKey(id), JSON.stringify(copy));
    } catch {
      /* storage full or disabled: the save itself still runs */
    }
  },
  clear(id: string | null) {
    window.localStorage.removeItem(storageKey(id));
  },
};

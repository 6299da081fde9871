import { ROLE_LABELS } from '@/lib/bylines/byline';
import { diffBodies, type BodyDiff } from './body-diff';
import { formatDateline } from './dateline';
import type { StoryContent } from './content';
import { words, type DiffPart } from './word-diff';

export { words, type DiffPart };

/** A field's changes word by word; the body also as a rich diff of its blocks (`rich`), when it changed. */
export type FieldDiff = { field: string; label: string; changed: boolean; parts: DiffPart[]; rich?: BodyDiff };

/** Names to show for ids (sections, topics, tags) in a diff. */
export type DiffNames = { sections: Map<string, string>; topics: Map<string, string>; tags: Map<string, string> };

/**
 * A diff of two versions of a story: every field a person edits word by word, and the
 * body as a rich diff of the stored documents (paragraphs, marks, tables, figures).
 */
export function diffStoryContent(before: StoryContent, after: StoryContent, names: DiffNames): FieldDiff[] {
  const name = (map: Map<string, string>, id: string | null) => (id ? (map.get(id) ?? '(deleted)') : '');
  const dateline = (c: StoryContent) => formatDateline({ place: c.datelinePlace, date: c.datelineDate, credit: c.credit, language: c.language });
  const fields: [string, string, (c: StoryContent) => string][] = [
    ['headline', 'Headline', (c) => c.headline],
    ['subheadline', 'Subheadline', (c) => c.subheadline],
    ['dateline', 'Dateline', dateline],
    ['section', 'Section', (c) => name(names.sections, c.sectionId)],
    ['topic', 'Topic', (c) => name(names.topics, c.topicId)],
    ['priority', 'Priority', (c) => c.priority],
    ['language', 'Language', (c) => c.language],
    ['tags', 'Tags', (c) => c.tagIds.map((id) => name(names.tags, id)).join(', ')],
    ['byline', 'Byline', (c) => c.bylines.map((b) => `${b.name} (${ROLE_LABELS[b.role]})`).join(', ')],
    ['bylineWith', 'With line', (c) => c.bylineWith],
    ['body', 'Body', (c) => c.bodyText],
  ];
  return fields.map(([field, label, get]) => {
    const a = get(before);
    const b = get(after);
    const diff: FieldDiff = { field, label, changed: a !== b, parts: a === b ? [{ text: a, change: 'same' as const }] : words(a, b) };
    if (field === 'body') {
      // A change of formatting alone (bold, a link) leaves the text as it was: the rich diff shows it.
      const rich = diffBodies(before.body, after.body);
      if (rich.changed + rich.added + rich.removed > 0) Object.assign(diff, { changed: true, rich });
    }
    return diff;
  });
}

/** A word diff of plain fields (e.g. two versions of wire copy), in the shape the diff view shows. */
export function diffFields(fields: { field: string; label: string; before: string; after: string }[]): FieldDiff[] {
  return fields.map(({ field, label, before, after }) => ({
    field,
    label,
    changed: before !== after,
    parts: before === after ? [{ text: before, change: 'same' as const }] : words(before, after),
  }));
}

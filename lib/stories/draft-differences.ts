import { formatByline } from '@/lib/bylines/byline';
import { docToPlainText } from '@/lib/content/text';
import type { Draft } from './draft';
import { LANGUAGE_LABELS } from './limits';
import { PRIORITY_LABELS } from './labels';

export type DraftNames = { sections: Map<string, string>; topics: Map<string, string> };
export type DraftField = { field: string; label: string; theirs: string; mine: string };

/** Every field a person edits, as text to compare and show side by side. */
function fieldsOf(draft: Draft, names: DraftNames): [string, string, string][] {
  const named = (map: Map<string, string>, id: string) => (id ? (map.get(id) ?? '(deleted)') : '');
  return [
    ['headline', 'Headline', draft.headline],
    ['subheadline', 'Subheadline', draft.subheadline],
    ['datelinePlace', 'Dateline place', draft.datelinePlace],
    ['datelineDate', 'Dateline date', draft.datelineDate],
    ['credit', 'Credit', draft.credit],
    ['sectionId', 'Section', named(names.sections, draft.sectionId)],
    ['topicId', 'Topic', named(names.topics, draft.topicId)],
    ['priority', 'Priority', PRIORITY_LABELS[draft.priority]],
    ['language', 'Language', LANGUAGE_LABELS[draft.language] ?? draft.language],
    ['tags', 'Tags', draft.tags.map((t) => t.name).join(', ')],
    ['bylines', 'Byline', formatByline(draft.bylines)],
    ['bylineWith', 'With line', draft.bylineWith],
    ['slug', 'Slug', draft.slug],
    ['embargoUntil', 'Embargo until', draft.embargoUntil],
    ['correctionNote', 'Correction note', draft.correctionNote],
    ['liveCoverage', 'Live coverage', draft.liveCoverage ? 'yes' : 'no'],
    ['leadImageId', 'Lead image', draft.leadImageId ? 'an image' : 'none'],
    ['body', 'Body', docToPlainText(draft.body)],
  ];
}

/** The fields where two drafts differ (a save conflict: theirs on the server, mine in the form). */
export function draftDifferences(theirs: Draft, mine: Draft, names: DraftNames): DraftField[] {
  const a = fieldsOf(theirs, names);
  const b = fieldsOf(mine, names);
  return a.flatMap(([field, label, value], i) => (value === b[i]![2] ? [] : [{ field, label, theirs: value, mine: b[i]![2] }]));
}

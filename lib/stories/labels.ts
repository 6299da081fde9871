import { type StoryStatus } from '@/lib/enums';

export const STATUS_LABELS = {
  DRAFT: 'Draft',
  IN_REVIEW: 'In review',
  CHANGES_REQUESTED: 'Changes requested',
  APPROVED: 'Approved',
  SCHEDULED: 'Scheduled',
  PUBLISHED: 'Published',
  KILLED: 'Killed',
  SPIKED: 'Spiked',
} satisfies Record<StoryStatus, string>;

/** A story in each state, as a refusal begins: "A story in review cannot be published." */
export const A_STORY_THAT_IS = {
  DRAFT: 'A draft',
  IN_REVIEW: 'A story in review',
  CHANGES_REQUESTED: 'A story sent back for changes',
  APPROVED: 'An approved story',
  SCHEDULED: 'A scheduled story',
  PUBLISHED: 'A published story',
  KILLED: 'A killed story',
  SPIKED: 'A spiked story',
} satisfies Record<StoryStatus, string>;

export const PRIORITY_LABELS = { FLASH: 'Flash', URGENT: 'Urgent', ROUTINE: 'Routine' } as const;

/** Each field of the story form as its label names it: how errors and notices name a field. */
export const FIELD_LABELS: Record<string, string> = {
  headline: 'Headline',
  subheadline: 'Subheadline',
  slug: 'Slug',
  datelinePlace: 'Dateline place',
  datelineDate: 'Dateline date',
  credit: 'Credit',
  sectionId: 'Section',
  topicId: 'Topic',
  priority: 'Priority',
  language: 'Language',
  tags: 'Tags',
  tagIds: 'Tags',
  correctionNote: 'Correction note',
  embargoUntil: 'Embargo until',
  liveCoverage: 'Live coverage',
  leadImageId: 'Lead image',
  bylines: 'Byline',
  bylineWith: 'With line',
  body: 'Body',
  document: 'Story',
};
export const fieldLabel = (field: string) => FIELD_LABELS[field] ?? FIELD_LABELS[field.split('.')[0]!] ?? field;

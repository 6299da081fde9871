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

export const PRIORITY_LABELS = { FLASH: 'Flash', URGENT: 'Urgent', ROUTINE: 'Routine' } as const;

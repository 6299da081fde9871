import { Badge } from '@/components/ui/badge';
import { PRIORITY_LABELS, STATUS_LABELS } from '@/lib/stories/labels';
import { type StoryStatus } from '@/lib/enums';

const STATUS_TONES = {
  DRAFT: 'neutral',
  IN_REVIEW: 'blue',
  CHANGES_REQUESTED: 'amber',
  APPROVED: 'purple',
  SCHEDULED: 'purple',
  PUBLISHED: 'green',
  KILLED: 'red',
  SPIKED: 'neutral',
} as const satisfies Record<StoryStatus, string>;

export function StatusBadge({ status }: { status: StoryStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}

export function PriorityBadge({ priority }: { priority: keyof typeof PRIORITY_LABELS }) {
  if (priority === 'ROUTINE') return null;
  return <Badge tone={priority === 'FLASH' ? 'red' : 'amber'}>{PRIORITY_LABELS[priority]}</Badge>;
}

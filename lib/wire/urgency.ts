import type { Priority } from '@/lib/enums';
import { PRIORITY_LABELS } from '@/lib/stories/labels';

/** An agency's urgency (IPTC: 1 most urgent … 9 least) as the desk's priority: 1 is a FLASH, 2–3 urgent, the rest routine. */
export const priorityOfUrgency = (urgency: number | null): Priority => (urgency === 1 ? 'FLASH' : urgency !== null && urgency <= 3 ? 'URGENT' : 'ROUTINE');

/** "4 — Routine": the agency's number with what the desk makes of it. */
export const urgencyLabel = (urgency: number | null) => (urgency === null ? '—' : `${urgency} — ${PRIORITY_LABELS[priorityOfUrgency(urgency)]}`);

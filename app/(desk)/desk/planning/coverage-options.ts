import 'server-only';
import type { Viewer } from '@/lib/auth/permissions';
import { PRIORITIES } from '@/lib/enums';
import { COVERAGE_STATUS_LABELS, COVERAGE_STATUSES } from '@/lib/planning/labels';
import { listAssignees, listEventOptions } from '@/lib/planning/queries';
import { listSections } from '@/lib/sections/queries';
import { LANGUAGE_LABELS, LANGUAGES_BY_NAME } from '@/lib/stories/limits';
import { formatDeskDay } from '@/lib/time/format';

/** The choices of the coverage form. */
export async function coverageOptions(viewer: Viewer, includeEvent?: string | null) {
  const [sections, assignees, events] = await Promise.all([
    listSections({ includeHidden: true }),
    listAssignees(viewer),
    listEventOptions(viewer, new Date(), includeEvent),
  ]);
  return {
    languages: LANGUAGES_BY_NAME.map((code) => ({ value: code, label: LANGUAGE_LABELS[code] })),
    priorities: PRIORITIES.map((p) => ({ value: p, label: p.charAt(0) + p.slice(1).toLowerCase() })),
    sections: sections.map((s) => ({ value: s.id, label: s.name })),
    assignees: assignees.map((u) => ({ value: u.id, label: u.name })),
    statuses: COVERAGE_STATUSES.map((s) => ({ value: s, label: COVERAGE_STATUS_LABELS[s] })),
    events: events.map((e) => ({ value: e.id, label: `${formatDeskDay(e.startsAt)} ${e.title}` })),
  };
}

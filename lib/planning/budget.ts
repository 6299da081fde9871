import type { CoverageStatus } from './labels';
import { isOverdue } from './labels';

export type BudgetLine = {
  id: string;
  slug: string;
  headline: string;
  language: string;
  priority: string;
  status: CoverageStatus;
  dueAt: Date;
  section: { id: string; name: string; position: number } | null;
  assignee: { id: string; name: string } | null;
  event: { id: string; title: string } | null;
  story: { id: string; status: string } | null;
  note: string;
};

export type BudgetGroup = { key: string; desk: string; lines: (BudgetLine & { overdue: boolean })[] };

/**
 * The budget's shape: one group per desk (section) in the sections' own order, coverage
 * without a desk last under "No desk"; inside each, by deadline (then slug). Pure.
 */
export function groupBudget(lines: BudgetLine[], now: Date): BudgetGroup[] {
  const groups = new Map<string, BudgetGroup & { position: number }>();
  for (const line of lines) {
    const key = line.section?.id ?? '';
    let group = groups.get(key);
    if (!group) {
      group = { key, desk: line.section?.name ?? 'No desk', position: line.section?.position ?? Number.MAX_SAFE_INTEGER, lines: [] };
      groups.set(key, group);
    }
    group.lines.push({ ...line, overdue: isOverdue(line, now) });
  }
  const byDeadline = (a: BudgetLine, b: BudgetLine) => a.dueAt.getTime() - b.dueAt.getTime() || a.slug.localeCompare(b.slug);
  return [...groups.values()]
    .sort((a, b) => a.position - b.position || a.desk.localeCompare(b.desk))
    .map(({ position: _position, ...group }) => ({ ...group, lines: group.lines.sort(byDeadline) }));
}

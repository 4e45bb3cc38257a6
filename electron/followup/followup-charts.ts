/**
 * "Follow-up at a glance": figures for the home charts, for the tasks of the current term —
 * completion by leading unit, and late tasks by the month they were due.
 */
import { closedStatuses, type TaskStatus } from '../../shared/tasks/schema';
import type { CoreContext } from '../core/context';
import { prepared } from '../db/query';
import { localYearSpan } from '../system/clock';
import { getProfile } from '../profile/profile-service';
import { todayOf } from '../tasks/tasks-service';
import { unitNameMap } from '../tasks/unit-names';

export interface FollowUpCharts {
  termName: string | null;
  byUnit: Array<{ unitId: string; unitName: string; done: number; open: number; overdue: number }>;
  overdueByMonth: Array<{ month: string; overdueOpen: number; doneLate: number }>;
}

export function followUpCharts(ctx: CoreContext): FollowUpCharts {
  const profile = getProfile(ctx);
  const today = todayOf(ctx);
  // Tasks of the term: from its conclusions, or (free tasks) created within its years.
  const rows = prepared(
    ctx.sqlite,
    `SELECT t.status, t.due_date, t.lead_unit_ids_json FROM tasks t LEFT JOIN conclusions c ON c.id = t.conclusion_id
     WHERE t.deleted_at IS NULL AND (
       (c.term_id IS NOT NULL AND c.term_id = ?) OR
       ((t.conclusion_id IS NULL OR c.term_id IS NULL) AND t.created_at >= ? AND t.created_at < ?))`,
  ).all(
    profile?.term.id ?? '',
    // created_at is a UTC instant; the term's years are the office's local calendar years.
    localYearSpan(profile?.term.startYear ?? 1).from,
    localYearSpan(profile?.term.endYear ?? 9998).until,
  ) as Array<{
    status: TaskStatus;
    due_date: string | null;
    lead_unit_ids_json: string;
  }>;

  const names = unitNameMap(ctx);
  const units = new Map<string, { done: number; open: number; overdue: number }>();
  const months = new Map<string, { overdueOpen: number; doneLate: number }>();
  for (const r of rows) {
    const closed = closedStatuses.includes(r.status);
    const late = !closed && r.due_date !== null && r.due_date < today;
    const done = r.status === 'done' || r.status === 'doneLate';
    for (const id of JSON.parse(r.lead_unit_ids_json) as string[]) {
      const u = units.get(id) ?? { done: 0, open: 0, overdue: 0 };
      if (done) u.done += 1;
      else if (late) u.overdue += 1;
      else if (!closed) u.open += 1;
      units.set(id, u);
    }
    if (r.due_date && (late || r.status === 'doneLate')) {
      const month = r.due_date.slice(0, 7);
      const m = months.get(month) ?? { overdueOpen: 0, doneLate: 0 };
      if (late) m.overdueOpen += 1;
      else m.doneLate += 1;
      months.set(month, m);
    }
  }
  return {
    termName: profile?.term.name ?? null,
    // The units with most late work first: that is whom the office calls.
    byUnit: [...units.entries()]
      .map(([unitId, c]) => ({ unitId, unitName: names.get(unitId) ?? '(đơn vị đã xóa)', ...c }))
      .sort((a, b) => b.overdue - a.overdue || b.open + b.done - (a.open + a.done) || a.unitName.localeCompare(b.unitName, 'vi')),
    overdueByMonth: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, c]) => ({ month, ...c })),
  };
}

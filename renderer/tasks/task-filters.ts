/**
 * The task list's filters, kept for the session in a small store rather than in the
 * address: the app's section routing reads the first path segment whole, so a query
 * ("/tasks?view=…") written by the list itself would not be recognised as this section.
 * Links that arrive with a query (the home page's counters) are still read, once, by
 * `applyQuery`. Other screens (assignment, the start-up reminder) set filters here and
 * then go to "/tasks".
 */
import { useSyncExternalStore } from 'react';
import { taskStatuses, taskViews, type TaskStatus, type TaskView } from '../../shared/tasks/schema';

export type TaskDisplay = 'table' | 'units' | 'calendar';

export interface TaskListFilters {
  view: TaskView;
  unitId: string | null;
  /** Only tasks the unit leads (chủ trì), not those it supports. */
  leadOnly: boolean;
  conclusionId: string | null;
  status: TaskStatus | null;
  display: TaskDisplay;
  page: number;
  /** Month shown by the calendar, "YYYY-MM"; null until the core's today is known. */
  month: string | null;
  /** Only tasks due in this month, "YYYY-MM" (a bar of the home chart "quá hạn theo tháng"). */
  dueMonth: string | null;
}

export const defaultFilters: TaskListFilters = {
  view: 'all',
  unitId: null,
  leadOnly: false,
  conclusionId: null,
  status: null,
  display: 'table',
  page: 1,
  month: null,
  dueMonth: null,
};

let current: TaskListFilters = defaultFilters;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Changes some filters; any change but the page itself goes back to the first page. */
export function setTaskFilters(patch: Partial<TaskListFilters>): void {
  current = { ...current, page: 1, ...patch };
  listeners.forEach((l) => l());
}

/** Starts from a clean list with just these filters (used by links from other screens). */
export function showTasks(patch: Partial<TaskListFilters>): void {
  setTaskFilters({ ...defaultFilters, month: current.month, ...patch });
}

export function useTaskFilters(): TaskListFilters {
  return useSyncExternalStore(subscribe, () => current);
}

/** Reads "?view=overdue&conclusion=ID&unit=ID" from an address, if it has any. */
export function filtersFromQuery(path: string): Partial<TaskListFilters> | null {
  const query = path.split('?')[1];
  if (!query) return null;
  const params = new URLSearchParams(query);
  const patch: Partial<TaskListFilters> = {};
  const view = params.get('view');
  if (view && (taskViews as readonly string[]).includes(view)) patch.view = view as TaskView;
  const status = params.get('status');
  if (status && (taskStatuses as readonly string[]).includes(status)) patch.status = status as TaskStatus;
  const conclusion = params.get('conclusion');
  if (conclusion) patch.conclusionId = conclusion;
  const unit = params.get('unit');
  if (unit) patch.unitId = unit;
  if (params.get('lead') === '1') patch.leadOnly = true;
  const due = params.get('due');
  if (due && /^\d{4}-\d{2}$/u.test(due)) patch.dueMonth = due;
  return Object.keys(patch).length > 0 ? patch : null;
}

/** The filters as the core's `tasks.list` takes them (paging and period are the caller's). */
export function listFilterInput(f: TaskListFilters): {
  view: TaskView;
  unitRole: 'lead' | 'any';
  unitId?: string;
  conclusionId?: string;
  status?: TaskStatus;
  from?: string;
  to?: string;
} {
  return {
    view: f.view,
    unitRole: f.leadOnly ? 'lead' : 'any',
    ...(f.dueMonth ? monthRange(f.dueMonth) : {}),
    ...(f.unitId ? { unitId: f.unitId } : {}),
    ...(f.conclusionId ? { conclusionId: f.conclusionId } : {}),
    ...(f.status ? { status: f.status } : {}),
  };
}

/** First and last day of "YYYY-MM". */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Any filter beyond the view: the list says "không có nhiệm vụ nào khớp bộ lọc". */
export function hasNarrowingFilters(f: TaskListFilters): boolean {
  return f.unitId !== null || f.conclusionId !== null || f.status !== null || f.dueMonth !== null;
}

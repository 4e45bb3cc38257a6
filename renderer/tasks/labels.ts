/** Words and small formats of the Nhiệm vụ section, in one place. */
import type { Recurrence } from '../../shared/tasks/recurrence';
import { recurrenceLabels, taskStatusLabels, type TaskStatus, type TaskView } from '../../shared/tasks/schema';

export const taskViewLabels: Record<TaskView, string> = {
  all: 'Tất cả',
  open: 'Đang theo dõi',
  overdue: 'Quá hạn',
  week: 'Đến hạn 7 ngày',
  done: 'Đã xong',
};

/** Colours a clerk reads at a glance: grey not started, blue under way, green done, red late. */
export const taskStatusColors: Record<TaskStatus, string> = {
  notStarted: 'gray',
  inProgress: 'blue',
  done: 'green',
  doneLate: 'orange',
  deferred: 'grape',
};

export function statusLabel(status: TaskStatus): string {
  return taskStatusLabels[status];
}

export function recurrenceLabel(recurrence: Recurrence | null): string {
  return recurrence ? recurrenceLabels[recurrence] : 'Không lặp lại';
}

/** "62-TB/ĐU" or, for a task typed by hand, nothing. */
export function conclusionRef(numberSymbol: string | null): string {
  return numberSymbol ?? '';
}

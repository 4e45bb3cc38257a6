/**
 * task_units indexes each task's units (with the task's open flag and due date) so "tasks of
 * unit X" and the per-unit counters read one index. It is derived from the task row and not
 * exchanged: the write path rebuilds a task's rows after every change to that task.
 */
import { closedStatuses, type TaskStatus } from '../../shared/tasks/schema';
import { prepared } from '../db/query';
import type { TasksTable } from '../db/schema';
import type { Derivation } from '../sync/derived';

export const taskUnitsDerivation: Derivation = {
  table: 'tasks',
  refresh(ctx, id) {
    prepared(ctx.sqlite, 'DELETE FROM task_units WHERE task_id = ?').run(id);
    const row = prepared(ctx.sqlite, 'SELECT lead_unit_ids_json, supporting_unit_ids_json, status, due_date, deleted_at FROM tasks WHERE id = ?').get(id) as
      | Pick<TasksTable, 'lead_unit_ids_json' | 'supporting_unit_ids_json' | 'status' | 'due_date' | 'deleted_at'>
      | undefined;
    if (!row || row.deleted_at !== null) return;
    const open = closedStatuses.includes(row.status as TaskStatus) ? 0 : 1;
    const insert = prepared(ctx.sqlite, 'INSERT OR IGNORE INTO task_units (task_id, unit_id, role, open, due_date) VALUES (?, ?, ?, ?, ?)');
    for (const u of JSON.parse(row.lead_unit_ids_json) as string[]) insert.run(id, u, 'lead', open, row.due_date);
    for (const u of JSON.parse(row.supporting_unit_ids_json) as string[]) insert.run(id, u, 'support', open, row.due_date);
  },
};

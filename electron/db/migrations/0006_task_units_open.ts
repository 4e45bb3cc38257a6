import type { Migration } from './types';

/**
 * Counting open and overdue tasks per unit must not visit every task (a city committee
 * collects a million of them): task_units, which is derived, also carries whether the task
 * is open and its due date, so the per-unit counters read one covering index.
 */
export const migration0006: Migration = {
  version: 6,
  name: '0006_task_units_open',
  sql: `
ALTER TABLE task_units ADD COLUMN open INTEGER NOT NULL DEFAULT 1;
ALTER TABLE task_units ADD COLUMN due_date TEXT;
UPDATE task_units SET
  open = (SELECT CASE WHEN t.deleted_at IS NULL AND t.status IN ('notStarted', 'inProgress') THEN 1 ELSE 0 END FROM tasks t WHERE t.id = task_units.task_id),
  due_date = (SELECT t.due_date FROM tasks t WHERE t.id = task_units.task_id);
CREATE INDEX task_units_open ON task_units(role, open, unit_id, due_date);
`,
};

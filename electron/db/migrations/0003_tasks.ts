import type { Migration } from './types';

/** Tasks assigned by conclusions, their dated progress reports and evidence files. */
export const migration0003: Migration = {
  version: 3,
  name: '0003_tasks',
  sql: `
CREATE TABLE tasks (
  id TEXT PRIMARY KEY,
  conclusion_id TEXT REFERENCES conclusions(id),
  content TEXT NOT NULL,
  lead_unit_ids_json TEXT NOT NULL DEFAULT '[]',
  supporting_unit_ids_json TEXT NOT NULL DEFAULT '[]',
  lead_unit_names_json TEXT NOT NULL DEFAULT '[]',
  supporting_unit_names_json TEXT NOT NULL DEFAULT '[]',
  responsible_member TEXT NOT NULL DEFAULT '',
  due_date TEXT,
  recurrence TEXT,
  recurs_from_id TEXT REFERENCES tasks(id),
  source_block_id TEXT,
  source_section TEXT,
  status TEXT NOT NULL DEFAULT 'notStarted',
  completed_date TEXT,
  last_note TEXT NOT NULL DEFAULT '',
  remarks TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX tasks_open_by_due ON tasks(deleted_at, status, due_date);
CREATE INDEX tasks_by_conclusion ON tasks(conclusion_id);

-- Derived from tasks.*_unit_ids_json (rebuilt on every write of a task): lets "tasks of
-- unit X" use an index instead of scanning JSON. Not exchanged between offices.
CREATE TABLE task_units (
  task_id TEXT NOT NULL REFERENCES tasks(id),
  unit_id TEXT NOT NULL,
  role TEXT NOT NULL,
  PRIMARY KEY (unit_id, role, task_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX task_units_by_task ON task_units(task_id);

CREATE TABLE progress_reports (
  id TEXT PRIMARY KEY,
  task_id TEXT NOT NULL REFERENCES tasks(id),
  report_date TEXT NOT NULL,
  status TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX progress_by_task ON progress_reports(task_id, report_date);

CREATE TABLE evidence_files (
  id TEXT PRIMARY KEY,
  progress_id TEXT NOT NULL REFERENCES progress_reports(id),
  task_id TEXT NOT NULL REFERENCES tasks(id),
  file_name TEXT NOT NULL,
  stored_name TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX evidence_by_progress ON evidence_files(progress_id);
`,
};

import type { Migration } from './types';

/**
 * Lists read a few small columns of many conclusions, but each row also carries its outline
 * (tens of KiB); columns stored after it cost a walk through overflow pages. A covering
 * index serves the list, the home screen's "recent" and the draft counter without the rows.
 * Open tasks get a partial index ordered by due date: the overdue and due-soon views read
 * only open tasks, already in order, even with a million closed ones around them.
 */
export const migration0005: Migration = {
  version: 5,
  name: '0005_list_indexes',
  sql: `
CREATE INDEX conclusions_list ON conclusions(
  deleted_at, updated_at, id, kind, body, status, number_symbol, issue_date, meeting_id, imported, replaces_id, summary
);
CREATE INDEX conclusions_by_number ON conclusions(number_symbol, issue_date);
CREATE INDEX meetings_recent ON meetings(deleted_at, updated_at);
CREATE INDEX tasks_open_due ON tasks(due_date, created_at, id)
  WHERE deleted_at IS NULL AND status IN ('notStarted', 'inProgress');
`,
};

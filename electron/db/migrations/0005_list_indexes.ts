import type { Migration } from './types';

/**
 * Lists read a few small columns of many conclusions, but each row also carries its outline
 * (tens of KiB); columns stored after it cost a walk through overflow pages. A covering
 * index serves the list, the home screen's "recent" and the draft counter without the rows.
 */
export const migration0005: Migration = {
  version: 5,
  name: '0005_list_indexes',
  sql: `
CREATE INDEX conclusions_list ON conclusions(
  deleted_at, updated_at, id, kind, body, status, number_symbol, issue_date, meeting_id, imported, replaces_id, summary
);
CREATE INDEX meetings_recent ON meetings(deleted_at, updated_at);
`,
};

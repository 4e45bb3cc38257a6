import type { Migration } from './types';

/**
 * The change log (see electron/sync/changes.ts): every change to a synced table, made here or
 * received from another install, with its origin install, that install's sequence number, the
 * HLC stamp and the fields it set. Rows written before this version enter the log once as
 * inserts by the install that last changed them, in an order where a row never comes before
 * the row it points at, so another install can rebuild them.
 */
const backfilled: Array<[table: string, columns: string]> = [
  ['terms', 'id name start_year end_year created_at updated_at deleted_at'],
  ['profile', 'id superior_committee committee place issuer_abbreviation current_term_id created_at updated_at deleted_at'],
  ['signers', 'id name title sort_order created_at updated_at deleted_at'],
  ['units', 'id short_name full_name category aliases_json is_superior active sort_order created_at updated_at deleted_at'],
  [
    'meetings',
    'id body kind sequence_number term_id subject date start_time end_time place chair_json secretary_json attendance_summary attendees_json invited_json documents_json agenda_json notes created_at updated_at deleted_at',
  ],
  [
    'conclusions',
    'id kind body meeting_id template_key subtitle summary preamble outline_json recipients_json signature_json urgency secrecy status number number_symbol issue_date term_id replaces_id imported source_hash created_at updated_at deleted_at',
  ],
  ['conclusion_versions', 'id conclusion_id reason content_json created_at updated_at deleted_at'],
  ['register_entries', 'id term_id doc_type number number_symbol issue_date summary signer_name recipients_text conclusion_id created_at updated_at deleted_at'],
  ['register_start_numbers', 'id term_id doc_type last_number created_at updated_at deleted_at'],
  [
    'tasks',
    'id conclusion_id content lead_unit_ids_json supporting_unit_ids_json lead_unit_names_json supporting_unit_names_json responsible_member due_date recurrence recurs_from_id source_block_id source_section status completed_date last_note remarks created_at updated_at deleted_at',
  ],
  ['progress_reports', 'id task_id report_date status note created_at updated_at deleted_at'],
  ['evidence_files', 'id progress_id task_id file_name stored_name sha256 size created_at updated_at deleted_at'],
];

const existingRows = backfilled
  .map(([table, columns], rank) => {
    const fields = columns.split(' ').map((c) => `'${c}', ${c}`).join(', ');
    return `SELECT ${rank} AS rank, '${table}' AS table_name, id, created_at, hlc, replica_id, json_object(${fields}) AS fields_json FROM ${table}`;
  })
  .join('\nUNION ALL\n');

export const migration0008: Migration = {
  version: 8,
  name: '0008_change_log',
  sql: `
CREATE TABLE change_log (
  local_seq INTEGER PRIMARY KEY,
  origin_install TEXT NOT NULL,
  origin_seq INTEGER NOT NULL,
  hlc TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  op TEXT NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
  fields_json TEXT NOT NULL,
  base_install TEXT,
  base_seq INTEGER,
  received_at TEXT,
  UNIQUE (origin_install, origin_seq)
) STRICT;
CREATE INDEX change_log_by_row ON change_log(table_name, row_id, local_seq);

INSERT INTO change_log (origin_install, origin_seq, hlc, table_name, row_id, op, fields_json)
SELECT replica_id, row_number() OVER (PARTITION BY replica_id ORDER BY rank, created_at, id), hlc, table_name, id, 'insert', fields_json
FROM (
${existingRows}
)
ORDER BY rank, created_at, id;

-- Backfilled entries are in dependency order, not clock order: keep the newest stamp apart.
INSERT INTO meta (key, value)
SELECT 'hlc_floor', max(hlc) FROM change_log HAVING max(hlc) IS NOT NULL;
`,
};

import type { Migration } from './types';

/**
 * The outgoing register across installs, and its history.
 *
 * - register_entries loses UNIQUE (term, type, number): an entry received from another install
 *   with a number this one also gave must be storable as a reported duplicate (a conflict to
 *   show, never merged away, never failing a package import). One install never gives a number
 *   twice: numbering reads the highest number inside its BEGIN IMMEDIATE, and every other way a
 *   number enters the register (import, "Sửa số") checks inside its transaction.
 *   New columns: `issued_by` (the install that gave the number; existing rows take the origin of
 *   their first logged change), `cancelled_at` / `cancel_reason` ("Huỷ số": the entry stays, its
 *   number stays used, shown as "đã huỷ").
 * - register_history (synced): every correction of an entry after the fact — number corrected,
 *   number cancelled, an imported document linked in its place, a mistaken import deleted — with
 *   the old and new values and the clerk's reason. No foreign key to register_entries, so a
 *   history row can never block a package whose entry comes from another install.
 * - register_desks (synced): which install is the office's numbering desk ("Máy này cấp số")
 *   for a document type. One row per type with a fixed id, so every install agrees on one desk.
 */
export const migration0010: Migration = {
  version: 10,
  name: '0010_register_history',
  sql: `
CREATE TABLE register_entries_v10 (
  id TEXT PRIMARY KEY,
  term_id TEXT NOT NULL REFERENCES terms(id),
  doc_type TEXT NOT NULL,
  number INTEGER NOT NULL,
  number_symbol TEXT NOT NULL,
  issue_date TEXT NOT NULL,
  summary TEXT NOT NULL DEFAULT '',
  signer_name TEXT NOT NULL DEFAULT '',
  recipients_text TEXT NOT NULL DEFAULT '',
  conclusion_id TEXT REFERENCES conclusions(id),
  issued_by TEXT NOT NULL DEFAULT '',
  cancelled_at TEXT,
  cancel_reason TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
INSERT INTO register_entries_v10
  (id, term_id, doc_type, number, number_symbol, issue_date, summary, signer_name, recipients_text, conclusion_id,
   issued_by, created_at, updated_at, hlc, replica_id, deleted_at)
SELECT r.id, r.term_id, r.doc_type, r.number, r.number_symbol, r.issue_date, r.summary, r.signer_name, r.recipients_text, r.conclusion_id,
  COALESCE((SELECT c.origin_install FROM change_log c WHERE c.table_name = 'register_entries' AND c.row_id = r.id ORDER BY c.local_seq LIMIT 1), r.replica_id),
  r.created_at, r.updated_at, r.hlc, r.replica_id, r.deleted_at
FROM register_entries r;
DROP TABLE register_entries;
ALTER TABLE register_entries_v10 RENAME TO register_entries;
CREATE INDEX register_by_date ON register_entries(issue_date);
CREATE INDEX register_by_number ON register_entries(term_id, doc_type, number);
CREATE INDEX register_by_conclusion ON register_entries(conclusion_id);

CREATE TABLE register_history (
  id TEXT PRIMARY KEY,
  entry_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (action IN ('renumber', 'cancel', 'relink', 'delete-import')),
  old_json TEXT NOT NULL DEFAULT '{}',
  new_json TEXT NOT NULL DEFAULT '{}',
  reason TEXT NOT NULL DEFAULT '',
  by_install TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX register_history_by_entry ON register_history(entry_id, created_at);

CREATE TABLE register_desks (
  id TEXT PRIMARY KEY,
  doc_type TEXT NOT NULL,
  install_id TEXT NOT NULL,
  install_name TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
`,
};

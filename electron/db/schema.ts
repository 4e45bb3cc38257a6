/** Table types for kysely, in one place. Column names are the SQL ones (snake_case). */
import type { Generated } from 'kysely';

/** Columns every synced table carries. */
export interface SyncColumns {
  created_at: string;
  updated_at: string;
  hlc: string;
  replica_id: string;
  deleted_at: string | null;
}

export interface MetaTable {
  key: string;
  value: string;
}

export interface TermsTable extends SyncColumns {
  id: string;
  name: string;
  start_year: number;
  end_year: number;
}

export interface ProfileTable extends SyncColumns {
  id: string;
  superior_committee: string;
  committee: string;
  place: string;
  issuer_abbreviation: string;
  current_term_id: string;
}

export interface SignersTable extends SyncColumns {
  id: string;
  name: string;
  title: string;
  sort_order: Generated<number>;
}

export interface UnitsTable extends SyncColumns {
  id: string;
  short_name: string;
  full_name: string;
  category: string;
  aliases_json: string;
  is_superior: number;
  active: number;
  sort_order: number;
}

export interface Database {
  meta: MetaTable;
  terms: TermsTable;
  profile: ProfileTable;
  signers: SignersTable;
  units: UnitsTable;
  meetings: MeetingsTable;
  conclusions: ConclusionsTable;
  conclusion_versions: ConclusionVersionsTable;
  register_entries: RegisterEntriesTable;
  register_start_numbers: RegisterStartNumbersTable;
  register_history: RegisterHistoryTable;
  register_desks: RegisterDesksTable;
  search_fts: SearchFtsTable;
  search_keys: { key_id: number; entity_type: string; entity_id: string };
  tasks: TasksTable;
  task_units: TaskUnitsTable;
  progress_reports: ProgressReportsTable;
  evidence_files: EvidenceFilesTable;
  install_keys: InstallKeysTable;
  known_installs: KnownInstallsTable;
  exchange_history: ExchangeHistoryTable;
  exchange_peer_acks: ExchangePeerAcksTable;
  exchange_backlog: ExchangeBacklogTable;
  exchange_snapshot_heads: ExchangeSnapshotHeadsTable;
  exchange_conflicts: ExchangeConflictsTable;
}

/** Exchange tables (none of them travel between installs). */
export interface InstallKeysTable {
  install_id: string;
  signing_key: string;
  agreement_key: string;
  signing_private: string;
  agreement_private: string;
  fingerprint: string;
  created_at: string;
}

export interface KnownInstallsTable {
  install_id: string;
  name: string;
  signing_key: string;
  agreement_key: string;
  fingerprint: string;
  trusted_at: string | null;
  first_seen_at: string;
  last_package_at: string | null;
}

export interface ExchangeHistoryTable {
  id: string;
  direction: 'export' | 'import';
  at: string;
  package_id: string;
  peer_install_id: string | null;
  peer_name: string;
  scope: string;
  file_name: string;
  file_sha256: string;
  size: number;
  counts_json: string;
  result: string;
  message: string;
}

export interface ExchangePeerAcksTable {
  peer_install_id: string;
  origin_install_id: string;
  seq: number;
}

/** Per row a scoped package's snapshot wrote: the sender's change it stood at (0012). */
export interface ExchangeSnapshotHeadsTable {
  table_name: string;
  row_id: string;
  origin_install: string;
  origin_seq: number;
  order_hlc: string;
  after_local_seq: number;
  versions_json: string;
  package_id: string;
}

export interface ExchangeBacklogTable {
  origin_install_id: string;
  seq: number;
  change_json: string;
  package_id: string;
  received_at: string;
}

export interface MeetingsTable extends SyncColumns {
  id: string;
  body: string;
  kind: string;
  sequence_number: number | null;
  term_id: string | null;
  subject: string;
  date: string;
  start_time: string | null;
  end_time: string | null;
  place: string;
  chair_json: string | null;
  secretary_json: string | null;
  attendance_summary: string;
  attendees_json: string;
  invited_json: string;
  documents_json: string;
  agenda_json: string;
  notes: string;
}

export interface ConclusionsTable extends SyncColumns {
  id: string;
  kind: string;
  body: string;
  meeting_id: string | null;
  template_key: string | null;
  subtitle: string | null;
  summary: string;
  preamble: string;
  outline_json: string;
  recipients_json: string;
  signature_json: string;
  urgency: string | null;
  secrecy: string | null;
  status: string;
  number: number | null;
  number_symbol: string | null;
  issue_date: string | null;
  term_id: string | null;
  replaces_id: string | null;
  imported: number;
  source_hash: string | null;
}

export interface ConclusionVersionsTable extends SyncColumns {
  id: string;
  conclusion_id: string;
  reason: string;
  content_json: string;
}

export interface RegisterEntriesTable extends SyncColumns {
  id: string;
  term_id: string;
  doc_type: string;
  number: number;
  number_symbol: string;
  issue_date: string;
  summary: string;
  signer_name: string;
  recipients_text: string;
  conclusion_id: string | null;
  /** The install that gave the number ('' for an entry logged before installs were recorded). */
  issued_by: Generated<string>;
  cancelled_at: string | null;
  cancel_reason: Generated<string>;
}

/** A correction of a register entry after the fact (see migration 0010). */
export interface RegisterHistoryTable extends SyncColumns {
  id: string;
  entry_id: string;
  action: 'renumber' | 'cancel' | 'relink' | 'delete-import';
  old_json: Generated<string>;
  new_json: Generated<string>;
  reason: Generated<string>;
  by_install: Generated<string>;
}

/** "Máy này cấp số": the install that numbers a document type for the office. */
export interface RegisterDesksTable extends SyncColumns {
  id: string;
  doc_type: string;
  install_id: string;
  install_name: Generated<string>;
}

export interface RegisterStartNumbersTable extends SyncColumns {
  id: string;
  term_id: string;
  doc_type: string;
  last_number: number;
}

/** Contentless: rows can be matched and deleted by rowid, never read back (see 0007). */
export interface SearchFtsTable {
  rowid: number;
  title: string;
  body: string;
}

export interface TasksTable extends SyncColumns {
  id: string;
  conclusion_id: string | null;
  content: string;
  lead_unit_ids_json: string;
  supporting_unit_ids_json: string;
  lead_unit_names_json: string;
  supporting_unit_names_json: string;
  responsible_member: string;
  due_date: string | null;
  recurrence: string | null;
  recurs_from_id: string | null;
  source_block_id: string | null;
  source_section: string | null;
  status: string;
  completed_date: string | null;
  last_note: string;
  remarks: string;
}

export interface TaskUnitsTable {
  task_id: string;
  unit_id: string;
  role: string;
  /** 1 while the task is open (derived from tasks.status and deleted_at). */
  open: number;
  due_date: string | null;
}

export interface ProgressReportsTable extends SyncColumns {
  id: string;
  task_id: string;
  report_date: string;
  status: string;
  note: string;
}

export interface EvidenceFilesTable extends SyncColumns {
  id: string;
  progress_id: string;
  task_id: string;
  file_name: string;
  stored_name: string;
  sha256: string;
  size: number;
}

export interface ExchangeConflictsTable {
  id: string;
  kind: 'field' | 'numbering' | 'issued';
  detected_at: string;
  table_name: string;
  row_id: string;
  field: string;
  /** JSON of the value this install holds now / of the value that lost. */
  kept_value: string | null;
  other_value: string | null;
  kept_origin: string;
  other_origin: string;
  package_id: string;
  resolved_at: string | null;
  resolution: string | null;
}

import type { Migration } from './types';

/** Meetings, conclusions with their version history, the outgoing register, search. */
export const migration0002: Migration = {
  version: 2,
  name: '0002_meetings_conclusions_register',
  sql: `
CREATE TABLE meetings (
  id TEXT PRIMARY KEY,
  body TEXT NOT NULL,
  kind TEXT NOT NULL,
  sequence_number INTEGER,
  term_id TEXT REFERENCES terms(id),
  subject TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  start_time TEXT,
  end_time TEXT,
  place TEXT NOT NULL DEFAULT '',
  chair_json TEXT,
  secretary_json TEXT,
  attendance_summary TEXT NOT NULL DEFAULT '',
  attendees_json TEXT NOT NULL DEFAULT '[]',
  invited_json TEXT NOT NULL DEFAULT '[]',
  documents_json TEXT NOT NULL DEFAULT '[]',
  agenda_json TEXT NOT NULL DEFAULT '[]',
  notes TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX meetings_by_date ON meetings(deleted_at, date);
CREATE INDEX meetings_by_body ON meetings(body, term_id, sequence_number);

CREATE TABLE conclusions (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  body TEXT NOT NULL,
  meeting_id TEXT REFERENCES meetings(id),
  template_key TEXT,
  subtitle TEXT,
  summary TEXT NOT NULL DEFAULT '',
  preamble TEXT NOT NULL DEFAULT '',
  outline_json TEXT NOT NULL DEFAULT '[]',
  recipients_json TEXT NOT NULL DEFAULT '[]',
  signature_json TEXT NOT NULL,
  urgency TEXT,
  secrecy TEXT,
  status TEXT NOT NULL DEFAULT 'draft',
  number INTEGER,
  number_symbol TEXT,
  issue_date TEXT,
  term_id TEXT REFERENCES terms(id),
  replaces_id TEXT REFERENCES conclusions(id),
  imported INTEGER NOT NULL DEFAULT 0,
  source_hash TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX conclusions_by_status ON conclusions(deleted_at, status, issue_date);
CREATE INDEX conclusions_by_meeting ON conclusions(meeting_id);
CREATE INDEX conclusions_by_source ON conclusions(source_hash);

CREATE TABLE conclusion_versions (
  id TEXT PRIMARY KEY,
  conclusion_id TEXT NOT NULL REFERENCES conclusions(id),
  reason TEXT NOT NULL,
  content_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX conclusion_versions_by_conclusion ON conclusion_versions(conclusion_id, created_at);

-- Sổ văn bản đi. One row per number given; (term, type, number) can never repeat.
CREATE TABLE register_entries (
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
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT,
  UNIQUE (term_id, doc_type, number)
) STRICT;
CREATE INDEX register_by_date ON register_entries(issue_date);

-- For an office that starts mid-term: the last number already used per type.
CREATE TABLE register_start_numbers (
  id TEXT PRIMARY KEY,
  term_id TEXT NOT NULL REFERENCES terms(id),
  doc_type TEXT NOT NULL,
  last_number INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT,
  UNIQUE (term_id, doc_type)
) STRICT;

-- Search over folded text (no diacritics, đ→d, lower case): see shared/text/fold.ts.
CREATE VIRTUAL TABLE search_fts USING fts5(
  title, body, entity_type UNINDEXED, entity_id UNINDEXED,
  tokenize = 'unicode61 remove_diacritics 0'
);
`,
};

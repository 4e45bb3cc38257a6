import type { Migration } from './types';

/**
 * Foundation schema. Every synced table carries: a UUIDv7 text id (unique across installs),
 * created_at/updated_at, the hybrid-logical-clock stamp and replica of the last change, and
 * deleted_at as a tombstone — rows that travel between offices are never physically deleted.
 */
export const migration0001: Migration = {
  version: 1,
  name: '0001_init',
  sql: `
CREATE TABLE meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE terms (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  start_year INTEGER NOT NULL,
  end_year INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE profile (
  id TEXT PRIMARY KEY,
  superior_committee TEXT NOT NULL,
  committee TEXT NOT NULL,
  place TEXT NOT NULL,
  issuer_abbreviation TEXT NOT NULL,
  current_term_id TEXT NOT NULL REFERENCES terms(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE signers (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  title TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;

CREATE TABLE units (
  id TEXT PRIMARY KEY,
  short_name TEXT NOT NULL,
  full_name TEXT NOT NULL,
  category TEXT NOT NULL,
  aliases_json TEXT NOT NULL DEFAULT '[]',
  is_superior INTEGER NOT NULL DEFAULT 0,
  active INTEGER NOT NULL DEFAULT 1,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  hlc TEXT NOT NULL,
  replica_id TEXT NOT NULL,
  deleted_at TEXT
) STRICT;
CREATE INDEX units_live ON units(deleted_at, sort_order);
`,
};

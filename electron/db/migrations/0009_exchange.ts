import type { Migration } from './types';

/**
 * Exchange by package file. None of these tables travel between installs:
 * - install_keys: this install's Ed25519 (signing) and X25519 (receiving) key pairs, keyed by
 *   install id, so a database copied to another PC (which gets a new install id) makes new keys
 *   rather than sharing the original's;
 * - known_installs: the installs this one has seen and, after the user compared fingerprints,
 *   trusts. Trust is a local decision: if it travelled, a package from A could make B trust C
 *   without anyone at B comparing C's fingerprint;
 * - exchange_history: every package made and received;
 * - exchange_peer_acks: per peer, the highest contiguous sequence of each origin install that
 *   the peer has said it holds (read from the manifests it sent us);
 * - exchange_backlog: received changes waiting for earlier ones of the same origin;
 * - exchange_conflicts: values that lost a merge (both sides changed one field since they last
 *   exchanged), numbers issued twice, and package changes to issued documents that were not
 *   applied, for the "Xung đột dữ liệu" list. Each install detects its own from the same
 *   changes, so the list needs no travelling; the choice a user makes there is an ordinary
 *   edit, which does travel.
 */
export const migration0009: Migration = {
  version: 9,
  name: '0009_exchange',
  sql: `
CREATE TABLE install_keys (
  install_id TEXT PRIMARY KEY,
  signing_key TEXT NOT NULL,
  agreement_key TEXT NOT NULL,
  signing_private TEXT NOT NULL,
  agreement_private TEXT NOT NULL,
  fingerprint TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE known_installs (
  install_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  signing_key TEXT NOT NULL,
  agreement_key TEXT NOT NULL,
  fingerprint TEXT NOT NULL UNIQUE,
  trusted_at TEXT,
  first_seen_at TEXT NOT NULL,
  last_package_at TEXT
) STRICT;

CREATE TABLE exchange_history (
  id TEXT PRIMARY KEY,
  direction TEXT NOT NULL CHECK (direction IN ('export', 'import')),
  at TEXT NOT NULL,
  package_id TEXT NOT NULL,
  peer_install_id TEXT,
  peer_name TEXT NOT NULL,
  scope TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  counts_json TEXT NOT NULL,
  result TEXT NOT NULL,
  message TEXT NOT NULL
) STRICT;
CREATE INDEX exchange_history_at ON exchange_history(at DESC);
CREATE INDEX exchange_history_package ON exchange_history(direction, package_id);

CREATE TABLE exchange_peer_acks (
  peer_install_id TEXT NOT NULL,
  origin_install_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (peer_install_id, origin_install_id)
) STRICT;

CREATE TABLE exchange_backlog (
  origin_install_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  change_json TEXT NOT NULL,
  package_id TEXT NOT NULL,
  received_at TEXT NOT NULL,
  PRIMARY KEY (origin_install_id, seq)
) STRICT;

CREATE TABLE exchange_conflicts (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('field', 'numbering', 'issued')),
  detected_at TEXT NOT NULL,
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  field TEXT NOT NULL,
  kept_value TEXT,
  other_value TEXT,
  kept_origin TEXT NOT NULL,
  other_origin TEXT NOT NULL,
  package_id TEXT NOT NULL,
  resolved_at TEXT,
  resolution TEXT
) STRICT;
CREATE INDEX exchange_conflicts_open ON exchange_conflicts(resolved_at, detected_at);
`,
};

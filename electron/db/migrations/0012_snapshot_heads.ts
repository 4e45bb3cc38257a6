import type { Migration } from './types';

/**
 * Scoped packages ("chỉ những gì liên quan đến một đơn vị") carry row snapshots, not changes:
 * the change log and the per-origin watermarks stay as they were. This install remembers, per
 * row a snapshot wrote, which change of the sender the snapshot stood at (`origin`/`seq`,
 * `order_hlc`, and per column in `versions_json`) and where the local log stood then (`after_local_seq`), so a local edit made
 * after seeing the snapshot names that change as its base (it saw it), and is not taken for a
 * concurrent edit when the real changes arrive in a later full package. Not synced.
 */
export const migration0012: Migration = {
  version: 12,
  name: '0012_snapshot_heads',
  sql: `
CREATE TABLE exchange_snapshot_heads (
  table_name TEXT NOT NULL,
  row_id TEXT NOT NULL,
  origin_install TEXT NOT NULL,
  origin_seq INTEGER NOT NULL,
  order_hlc TEXT NOT NULL,
  after_local_seq INTEGER NOT NULL,
  versions_json TEXT NOT NULL,
  package_id TEXT NOT NULL,
  PRIMARY KEY (table_name, row_id)
) STRICT;
`,
};

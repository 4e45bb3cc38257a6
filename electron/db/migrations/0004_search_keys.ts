import type { Migration } from './types';

/**
 * FTS5's UNINDEXED columns cannot be looked up by an index, so replacing one record's entry
 * scanned the whole search table. Each record now owns a fixed FTS rowid kept here.
 */
export const migration0004: Migration = {
  version: 4,
  name: '0004_search_keys',
  sql: `
CREATE TABLE search_keys (
  key_id INTEGER PRIMARY KEY,
  entity_type TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  UNIQUE (entity_type, entity_id)
) STRICT;
INSERT OR IGNORE INTO search_keys (key_id, entity_type, entity_id)
  SELECT rowid, entity_type, entity_id FROM search_fts;
`,
};

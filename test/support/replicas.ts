/** Comparing installs: every row of every synced table, and the derived tables. */
import type { Sqlite } from '../../electron/db/connection';
import { syncedTables } from '../../electron/sync/synced-tables';

export function syncedSnapshot(sqlite: Sqlite): Record<string, unknown[]> {
  return Object.fromEntries(syncedTables.map((t) => [t, sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
}

export function derivedSnapshot(sqlite: Sqlite): Record<string, unknown[]> {
  return {
    task_units: sqlite.prepare('SELECT * FROM task_units ORDER BY task_id, unit_id, role').all(),
    search: sqlite.prepare('SELECT entity_type, entity_id, title, body FROM search_fts ORDER BY entity_type, entity_id').all(),
  };
}

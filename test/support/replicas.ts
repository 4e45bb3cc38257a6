/** Comparing installs: every row of every synced table, and the derived tables. */
import type { Sqlite } from '../../electron/db/connection';
import { syncedTables } from '../../electron/sync/synced-tables';
import { foldVietnamese } from '../../shared/text/fold';

export function syncedSnapshot(sqlite: Sqlite): Record<string, unknown[]> {
  return Object.fromEntries(syncedTables.map((t) => [t, sqlite.prepare(`SELECT * FROM ${t} ORDER BY id`).all()]));
}

/** Words the property tests write; the contentless index is compared by what each word finds. */
const PROBES = ['dang uy', 'giai phong', 'chuyen doi so', 'de an 06', 'ubnd xa', 'kiem tra', 'mat tran', 'du thao', 'tb'];

export function derivedSnapshot(sqlite: Sqlite): Record<string, unknown[]> {
  const found = (q: string) =>
    sqlite
      .prepare(
        `SELECT k.entity_type, k.entity_id FROM search_fts f JOIN search_keys k ON k.key_id = f.rowid
         WHERE search_fts MATCH ? ORDER BY k.entity_type, k.entity_id`,
      )
      .all(foldVietnamese(q).split(' ').map((w) => `"${w}"`).join(' '));
  return {
    task_units: sqlite.prepare('SELECT * FROM task_units ORDER BY task_id, unit_id, role').all(),
    search_keys: sqlite.prepare('SELECT entity_type, entity_id FROM search_keys ORDER BY entity_type, entity_id').all(),
    search_fts_rows: [sqlite.prepare('SELECT count(*) AS n FROM search_fts').get()],
    ...Object.fromEntries(PROBES.map((q) => [`search:${q}`, found(q)])),
  };
}

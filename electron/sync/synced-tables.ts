/**
 * The tables that travel between installs. Only electron/sync/changes.ts writes them
 * (test/architecture/write-path.test.ts enforces it); everything else in a database (meta,
 * the change log itself, task_units, the search index) stays on this install.
 */
import type { Insertable } from 'kysely';
import type { Database, SyncColumns } from '../db/schema';

export const syncedTables = [
  'terms',
  'profile',
  'signers',
  'units',
  'meetings',
  'conclusions',
  'conclusion_versions',
  'register_entries',
  'register_start_numbers',
  'register_history',
  'register_desks',
  'tasks',
  'progress_reports',
  'evidence_files',
] as const;

export type SyncedTable = (typeof syncedTables)[number];

export function isSyncedTable(name: string): name is SyncedTable {
  return (syncedTables as readonly string[]).includes(name);
}

/** What a service gives for a new row: its own columns; the write path adds the sync columns. */
export type RowValues<T extends SyncedTable> = Omit<Insertable<Database[T]>, keyof SyncColumns>;

/** What a service gives to change a row: some of its own columns (undeleting is allowed). */
export type RowChanges<T extends SyncedTable> = Partial<Omit<RowValues<T>, 'id'>> & { deleted_at?: null };

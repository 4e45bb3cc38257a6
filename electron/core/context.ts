import type { QueryBuilder } from '../db/query';
import type { Sqlite } from '../db/connection';
import type { Clock } from '../system/clock';
import type { HybridLogicalClock } from '../sync/hlc';
import type { DialogProvider } from '../system/dialogs';
import type { FileHandles, OpenedFiles } from '../system/file-handles';

/** What every service receives: the open database and the few outside facts it needs. */
export interface CoreContext {
  sqlite: Sqlite;
  qb: QueryBuilder;
  clock: Clock;
  hlc: HybridLogicalClock;
  replicaId: string;
  dbPath: string;
  /** Folder beside the database for files kept by the app (evidence, backups). */
  dataDir: string;
  schemaVersion: number;
  dialogs: DialogProvider;
  /** Handles to the files the user chose; every file-taking method resolves its input here. */
  files: FileHandles;
  openedFiles: OpenedFiles;
  appVersion: string;
}

/** The sync columns for a row written now by this replica. */
export function changeStamp(ctx: CoreContext): { updated_at: string; hlc: string; replica_id: string } {
  return { updated_at: ctx.clock.now().toISOString(), hlc: ctx.hlc.tick(), replica_id: ctx.replicaId };
}

export function insertStamp(ctx: CoreContext): {
  created_at: string;
  updated_at: string;
  hlc: string;
  replica_id: string;
  deleted_at: null;
} {
  const s = changeStamp(ctx);
  return { created_at: s.updated_at, ...s, deleted_at: null };
}

import type { QueryBuilder } from '../db/query';
import type { Sqlite } from '../db/connection';
import type { HomeTaskProvider } from '../home/home-service';
import type { SearchSources } from '../search/search-sources';
import type { Derivations } from '../sync/derived';
import type { HybridLogicalClock } from '../sync/hlc';
import type { InstallIdentity } from '../sync/install-identity';
import type { Clock } from '../system/clock';
import type { DialogProvider } from '../system/dialogs';
import type { FileHandles, OpenedFiles } from '../system/file-handles';
import type { JobPool } from '../jobs/job-pool';

/** What every service receives: the open database and the few outside facts it needs. */
export interface CoreContext {
  sqlite: Sqlite;
  qb: QueryBuilder;
  clock: Clock;
  /** Stamps this install's changes; only the write path (electron/sync/changes.ts) uses it. */
  hlc: HybridLogicalClock;
  /** This install (the origin of its changes). Mutable: a restore renews it while open. */
  install: InstallIdentity;
  /** Derived tables kept up by the write path, by synced table (listed in createCore). */
  derivations: Derivations;
  /** How each kind of record is shown in search results (listed in createCore). */
  searchSources: SearchSources;
  /** Counters and due items of the home screen from the features that track tasks. */
  homeTaskProviders: readonly HomeTaskProvider[];
  dbPath: string;
  /** Folder beside the database for files kept by the app (evidence, backups). */
  dataDir: string;
  schemaVersion: number;
  dialogs: DialogProvider;
  /** Handles to the files the user chose; every file-taking method resolves its input here. */
  files: FileHandles;
  openedFiles: OpenedFiles;
  appVersion: string;
  /** The largest package file an export writes before it splits into parts (MAX_PART_BYTES by default). */
  packagePartBytes?: number;
  /** Worker threads for the long jobs (electron/jobs/): the main thread stays free meanwhile. */
  jobs: JobPool;
  /** The app's log (a file in Electron, stderr in development, nothing in tests). */
  log: (line: string) => void;
}

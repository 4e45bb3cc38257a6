/**
 * Builds the core over one database file: opens and migrates it, prepares the replica
 * identity and clocks, seeds the units directory, and returns the contract's dispatcher.
 * Everything that serves the contract (IPC, loopback HTTP, CLI, tests) starts here.
 */
import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import { useVietnameseZodMessages } from '../../shared/api/zod-locale';
import { createDispatcher, type DispatchOptions } from '../api/dispatch';
import { handlers } from '../api/handlers';
import { backupBeforeMigration } from '../backup/backup-database';
import { dataDirForDatabase } from '../backup/backup-files';
import { openDatabase } from '../db/connection';
import { openSession } from '../db/session-marker';
import { guardedByAppLock } from '../app-lock/lock-gate';
import { databaseSession, setDatabaseSession } from './database-session';
import { conclusionSearchSource } from '../conclusions/conclusions-service';
import { meetingSearchSource } from '../meetings/meetings-service';
import { searchIndexDerivation, searchSourcesByType } from '../search/search-sources';
import { lastLocalStamps } from '../sync/changes';
import { derivationsByTable } from '../sync/derived';
import { HybridLogicalClock } from '../sync/hlc';
import { openInstallIdentity } from '../sync/install-identity';
import { homeTasks } from '../tasks/home-tasks';
import { taskUnitsDerivation } from '../tasks/task-units';
import { taskSearchByProgress, taskSearchByUnit, taskSearchSource } from '../tasks/tasks-service';
import { AdjustableClock } from '../system/clock';
import { noDialogs, type DialogProvider } from '../system/dialogs';
import { FileHandles, OpenedFiles } from '../system/file-handles';
import { sharedJobPool, type JobPool } from '../jobs/job-pool';
import { seedUnitsOnce } from '../units/units-service';
import { ensureInstallKeys } from '../exchange/install-keys';
import type { CoreContext } from './context';

export const APP_VERSION = '0.1.0';

export interface CoreOptions extends DispatchOptions {
  dbPath: string;
  dialogs?: DialogProvider;
  clock?: AdjustableClock;
  /** false: leave the units directory empty (a database that will receive another install's log). */
  seedUnits?: boolean;
  /** The job threads to use (the caller stops them); by default the process's shared pool. */
  jobs?: JobPool;
  /** Packages larger than this are split into parts (tests use a few hundred KB). */
  packagePartBytes?: number;
}

export interface Core {
  ctx: CoreContext;
  clock: AdjustableClock;
  dispatch: ReturnType<typeof createDispatcher>;
  close(): void;
}

/** Searchable records, each with the synced table its index entries derive from. */
const searchSources = [conclusionSearchSource, meetingSearchSource, taskSearchSource];

/** Derived tables the write path keeps up after every change of a synced row. */
const derivations = [taskUnitsDerivation, ...searchSources.map(searchIndexDerivation), taskSearchByUnit, taskSearchByProgress];

export function createCore(options: CoreOptions): Core {
  useVietnameseZodMessages();
  const clock = options.clock ?? new AdjustableClock();
  const dataDir = dataDirForDatabase(options.dbPath);
  const marker = openSession(dataDir);
  let opened: ReturnType<typeof openDatabase>;
  try {
    opened = openDatabase(options.dbPath, {
      beforeMigrate: (sqlite) => void backupBeforeMigration(sqlite, dataDir, clock.now()),
      fullCheck: marker.uncleanShutdown,
    });
  } catch (err) {
    marker.release();
    throw err;
  }
  const files = new FileHandles();
  const jobs = options.jobs ?? sharedJobPool();
  const install = openInstallIdentity(opened.sqlite, options.dbPath, { readOnly: opened.readOnly !== null });
  // The clock goes on from this install's last stamp, even if the PC's clock was set back.
  const hlc = new HybridLogicalClock(install.id, () => clock.now().getTime());
  for (const stamp of lastLocalStamps(opened.sqlite)) hlc.catchUp(stamp);
  const ctx: CoreContext = {
    sqlite: opened.sqlite,
    qb: opened.qb,
    clock,
    hlc,
    install,
    derivations: derivationsByTable(derivations),
    searchSources: searchSourcesByType(searchSources),
    homeTaskProviders: [homeTasks],
    dbPath: options.dbPath,
    dataDir,
    schemaVersion: opened.schemaVersion,
    dialogs: options.dialogs ?? noDialogs,
    files,
    openedFiles: new OpenedFiles(files),
    appVersion: APP_VERSION,
    ...(options.packagePartBytes ? { packagePartBytes: options.packagePartBytes } : {}),
    jobs,
    log: options.log ?? (() => undefined),
  };
  if (!opened.readOnly && options.seedUnits !== false) seedUnitsOnce(ctx);
  setDatabaseSession(ctx, {
    readOnly: opened.readOnly,
    uncleanShutdown: marker.uncleanShutdown,
    startCheckedAt: opened.fullyChecked ? clock.now().toISOString() : null,
    reopen: (swap) => {
      ctx.sqlite.close();
      marker.release();
      swap();
      // The same options and clock: a fresh core over the new file, moved into this context.
      const fresh = createCore({ ...options, clock, jobs: ctx.jobs });
      const session = databaseSession(fresh.ctx);
      // Handles the window holds stay valid across the swap: they name files, not the database.
      const { files: keptFiles, openedFiles } = ctx;
      Object.assign(ctx, fresh.ctx, { files: keptFiles, openedFiles });
      setDatabaseSession(ctx, session);
    },
  });
  // Made at first start, so the fingerprint can be read out before any package is made.
  if (!opened.readOnly) ensureInstallKeys(ctx);
  const dispatch = guardedByAppLock(ctx, createDispatcher(ctx, handlers, options));
  return {
    ctx,
    clock,
    dispatch,
    close: () => {
      ctx.sqlite.close();
      marker.release();
      const copy = databaseSession(ctx).readOnly?.workingCopy;
      if (copy) rmSync(dirname(copy), { recursive: true, force: true });
    },
  };
}

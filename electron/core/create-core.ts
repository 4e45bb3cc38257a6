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
import { databaseSession, setDatabaseSession } from './database-session';
import { newId } from '../db/ids';
import { first, run } from '../db/query';
import { HybridLogicalClock } from '../sync/hlc';
import { AdjustableClock } from '../system/clock';
import { noDialogs, type DialogProvider } from '../system/dialogs';
import { FileHandles, OpenedFiles } from '../system/file-handles';
import { seedUnitsOnce } from '../units/units-service';
import type { CoreContext } from './context';

export const APP_VERSION = '0.1.0';

export interface CoreOptions extends DispatchOptions {
  dbPath: string;
  dialogs?: DialogProvider;
  clock?: AdjustableClock;
}

export interface Core {
  ctx: CoreContext;
  clock: AdjustableClock;
  dispatch: ReturnType<typeof createDispatcher>;
  close(): void;
}

function ensureReplicaId(opened: ReturnType<typeof openDatabase>): string {
  const row = first(opened.sqlite, opened.qb.selectFrom('meta').select('value').where('key', '=', 'replica_id'));
  if (row) return row.value;
  const id = newId();
  // A read-only file cannot remember it: this session works under a passing id.
  if (!opened.readOnly) run(opened.sqlite, opened.qb.insertInto('meta').values({ key: 'replica_id', value: id }));
  return id;
}

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
  const replicaId = ensureReplicaId(opened);
  const files = new FileHandles();
  const ctx: CoreContext = {
    sqlite: opened.sqlite,
    qb: opened.qb,
    clock,
    hlc: new HybridLogicalClock(replicaId, () => clock.now().getTime()),
    replicaId,
    dbPath: options.dbPath,
    dataDir,
    schemaVersion: opened.schemaVersion,
    dialogs: options.dialogs ?? noDialogs,
    files,
    openedFiles: new OpenedFiles(files),
    appVersion: APP_VERSION,
  };
  if (!opened.readOnly) seedUnitsOnce(ctx);
  setDatabaseSession(ctx, {
    readOnly: opened.readOnly,
    uncleanShutdown: marker.uncleanShutdown,
    startCheckedAt: opened.fullyChecked ? clock.now().toISOString() : null,
    reopen: (swap) => {
      ctx.sqlite.close();
      marker.release();
      swap();
      // The same options and clock: a fresh core over the new file, moved into this context.
      const fresh = createCore({ ...options, clock });
      const session = databaseSession(fresh.ctx);
      // Handles the window holds stay valid across the swap: they name files, not the database.
      const { files: keptFiles, openedFiles } = ctx;
      Object.assign(ctx, fresh.ctx, { files: keptFiles, openedFiles });
      setDatabaseSession(ctx, session);
    },
  });
  const dispatch = createDispatcher(ctx, handlers, options);
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

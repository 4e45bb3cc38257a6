/**
 * Builds the core over one database file: opens and migrates it, prepares the replica
 * identity and clocks, seeds the units directory, and returns the contract's dispatcher.
 * Everything that serves the contract (IPC, loopback HTTP, CLI, tests) starts here.
 */
import { dirname, join } from 'node:path';
import { useVietnameseZodMessages } from '../../shared/api/zod-locale';
import { createDispatcher, type DispatchOptions } from '../api/dispatch';
import { handlers } from '../api/handlers';
import { backupBeforeMigration } from '../backup/backup-database';
import { openDatabase } from '../db/connection';
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
  run(opened.sqlite, opened.qb.insertInto('meta').values({ key: 'replica_id', value: id }));
  return id;
}

export function createCore(options: CoreOptions): Core {
  useVietnameseZodMessages();
  const clock = options.clock ?? new AdjustableClock();
  const dataDir = join(dirname(options.dbPath), 'vpdu-files');
  const opened = openDatabase(options.dbPath, {
    beforeMigrate: (sqlite) => void backupBeforeMigration(sqlite, dataDir, clock.now()),
  });
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
  seedUnitsOnce(ctx);
  const dispatch = createDispatcher(ctx, handlers, options);
  return {
    ctx,
    clock,
    dispatch,
    close: () => opened.sqlite.close(),
  };
}

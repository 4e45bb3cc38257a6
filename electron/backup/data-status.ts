/** What the "Dữ liệu" page shows: where the data lives, its size, backups and checks. */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { CoreContext } from '../core/context';
import { databaseSession } from '../core/database-session';
import { writeFileAtomic } from '../system/files';
import { backupsDir, listBackupFiles } from './backup-files';
import { readBackupState } from './backup-state';

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

function checkFile(ctx: CoreContext): string {
  return join(ctx.dataDir, 'last-check.json');
}

function lastCheck(ctx: CoreContext): { at: string; ok: boolean } | null {
  try {
    return JSON.parse(readFileSync(checkFile(ctx), 'utf8')) as { at: string; ok: boolean };
  } catch {
    const startCheckedAt = databaseSession(ctx).startCheckedAt;
    return startCheckedAt ? { at: startCheckedAt, ok: true } : null;
  }
}

export interface DataCheckReport {
  ok: boolean;
  messages: string[];
  checkedAt: string;
}

/**
 * "Kiểm tra dữ liệu": the full check on demand (integrity_check + foreign keys, in a job
 * thread on a read-only connection of its own), remembered for the data page.
 */
export async function checkDataNow(ctx: CoreContext): Promise<DataCheckReport> {
  const check = await ctx.jobs.run('database.check', { path: ctx.sqlite.name });
  const report = { ...check, checkedAt: ctx.clock.now().toISOString() };
  try {
    mkdirSync(ctx.dataDir, { recursive: true });
    writeFileAtomic(checkFile(ctx), JSON.stringify({ at: report.checkedAt, ok: report.ok }));
  } catch {
    // read-only data folder: the report is still returned
  }
  return report;
}

export function dataStatus(ctx: CoreContext) {
  const session = databaseSession(ctx);
  const dir = backupsDir(ctx);
  const state = readBackupState(dir);
  return {
    dbPath: ctx.dbPath,
    dataDir: ctx.dataDir,
    backupsDir: dir,
    sizeBytes: fileSize(ctx.dbPath) + fileSize(`${ctx.dbPath}-wal`),
    appVersion: ctx.appVersion,
    schemaVersion: ctx.schemaVersion,
    readOnlyReason: session.readOnly?.reason ?? null,
    uncleanShutdown: session.uncleanShutdown,
    lastAttempt: state.lastAttempt,
    lastSuccess: state.lastSuccess,
    backupCount: listBackupFiles(dir).length,
    lastCheck: lastCheck(ctx),
  };
}

/**
 * Puts a backup back in place of the open database: the backup is checked first, the
 * current state is itself backed up (so a restore can be undone), the backup is staged
 * beside the database with a new install identity, and the file is swapped while the
 * database is closed. The core reopens over it in the same context.
 */
import { reportProgress } from '../jobs/job-progress';
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { databaseSession } from '../core/database-session';
import { readOnlyError } from '../db/connection';
import type { BackupContents } from './backup-contents';
import { backupDatabase } from './backup-database';
import { giveNewInstallIdentity } from './restored-identity';
import { restoreEvidenceOf, type EvidenceCount } from './backup-evidence';
import { evidenceDirOf } from '../tasks/evidence-store';

export interface RestoreResult {
  restored: BackupContents;
  /** The backup of the state just replaced ("Trước khi khôi phục"). */
  safetyBackup: string;
  replicaId: string;
  /** The evidence files the backup names: how many were copied back, and those found nowhere. */
  evidence: EvidenceCount & { restored: number };
}

/** Copies a checked backup to the staging name of `dbPath` and renews its identity there. */
export function stageRestore(backupPath: string, stagingPath: string, restoredAt: string, dbPath: string): void {
  reportProgress('Đang chép bản sao lưu vào thư mục dữ liệu');
  rmSync(stagingPath, { force: true });
  copyFileSync(backupPath, stagingPath);
  const staged = new BetterSqlite3(stagingPath);
  try {
    staged.prepare("DELETE FROM meta WHERE key IN ('backup_taken_at', 'backup_reason')").run();
    staged.prepare("INSERT OR REPLACE INTO meta(key, value) VALUES ('restored_at', ?)").run(restoredAt);
    giveNewInstallIdentity(staged, 'restored from backup', { dbPath, stagedAt: stagingPath });
  } finally {
    staged.close();
  }
}

/** Swaps the staged file in for the closed database (its -wal/-shm go with the old file). */
export function swapInStaged(stagingPath: string, dbPath: string): void {
  rmSync(`${dbPath}-wal`, { force: true });
  rmSync(`${dbPath}-shm`, { force: true });
  renameSync(stagingPath, dbPath);
}

export async function restoreDatabase(ctx: CoreContext, backupPath: string): Promise<RestoreResult> {
  const session = databaseSession(ctx);
  if (session.readOnly) throw readOnlyError(session.readOnly.reason);
  const evidenceDir = evidenceDirOf(ctx.dataDir);
  // The check, the copies and the staging run in job threads; only the swap holds the main thread.
  const restored = await ctx.jobs.run('backup.inspect', { path: backupPath, evidenceDir });
  const safety = await backupDatabase(ctx, { reason: 'before-restore' });
  // The evidence files go back first (they only add files): if they cannot, nothing is swapped.
  const evidence = putEvidenceBack(backupPath, evidenceDir);
  const staging = `${ctx.dbPath}.restoring`;
  try {
    await ctx.jobs.run('backup.stageRestore', { backupPath, stagingPath: staging, restoredAt: ctx.clock.now().toISOString(), dbPath: ctx.dbPath });
  } catch (err) {
    rmSync(staging, { force: true });
    throw new AppError('IO', 'Không chuẩn bị được bản khôi phục (ổ đĩa đầy hoặc thiếu quyền ghi). Dữ liệu hiện tại không bị thay đổi.', `stage restore failed: ${String(err)}`);
  }
  try {
    session.reopen(() => swapInStaged(staging, ctx.dbPath));
  } catch (err) {
    // The swapped-in file would not open: put back what was there a moment ago.
    const back = `${ctx.dbPath}.restoring`;
    copyFileSync(safety.path, back);
    databaseSession(ctx).reopen(() => swapInStaged(back, ctx.dbPath));
    throw new AppError('BAD_FILE', 'Không mở được dữ liệu sau khi khôi phục; đã trả lại dữ liệu như trước khi khôi phục.', `restore reopen failed: ${String(err)}`);
  }
  return { restored, safetyBackup: safety.path, replicaId: ctx.install.id, evidence };
}

/** The evidence files a backup names, back into the data folder (see `backup-evidence.ts`). */
export function putEvidenceBack(backupPath: string, evidenceDir: string): RestoreResult['evidence'] {
  try {
    return restoreEvidenceOf(backupPath, evidenceDir);
  } catch (err) {
    const full = err instanceof AppError && err.code === 'DISK_FULL';
    throw new AppError(
      full ? 'DISK_FULL' : 'IO',
      full
        ? 'Ổ đĩa đã đầy, không chép lại được các tệp minh chứng của bản sao lưu. Chưa khôi phục; dữ liệu hiện tại không bị thay đổi.'
        : 'Không chép lại được các tệp minh chứng của bản sao lưu (thiếu quyền ghi?). Chưa khôi phục; dữ liệu hiện tại không bị thay đổi.',
      `restore evidence failed: ${err instanceof AppError ? err.message : String(err)}`,
    );
  }
}

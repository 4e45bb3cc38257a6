/**
 * When the database will not open (corrupt): find the newest backup that passes its check,
 * and put it in place while the broken file is kept aside under a new name, never
 * overwritten, so nothing that might still be rescued from it is lost.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { inspectDatabaseFile, type BackupContents } from './backup-contents';
import { backupsDirOf, dataDirForDatabase, listBackupFiles } from './backup-files';
import { putEvidenceBack, stageRestore, swapInStaged, type RestoreResult } from './restore-database';
import { evidenceDirOf } from '../tasks/evidence-store';

/** The newest backup in the data folder that opens and passes the full check. */
export function newestGoodBackup(dataDir: string): BackupContents | null {
  for (const file of listBackupFiles(backupsDirOf(dataDir))) {
    try {
      return inspectDatabaseFile(file.path, evidenceDirOf(dataDir));
    } catch {
      // a broken backup is skipped, the next older one tried
    }
  }
  return null;
}

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, '').replace(/\..*$/, '');
}

/** Returns where the broken file was moved (null when there was none). */
export function restoreOverUnopenable(
  dbPath: string,
  backupPath: string,
  now: Date,
): { keptAside: string | null; restored: BackupContents; evidence: RestoreResult['evidence'] } {
  const evidenceDir = evidenceDirOf(dataDirForDatabase(dbPath));
  const restored = inspectDatabaseFile(backupPath, evidenceDir);
  const evidence = putEvidenceBack(backupPath, evidenceDir);
  const staging = `${dbPath}.restoring`;
  stageRestore(backupPath, staging, now.toISOString(), dbPath);
  let keptAside: string | null = null;
  if (existsSync(dbPath)) {
    keptAside = `${dbPath}.hong-${stamp(now)}`;
    renameSync(dbPath, keptAside);
    for (const side of ['-wal', '-shm']) {
      if (existsSync(`${dbPath}${side}`)) renameSync(`${dbPath}${side}`, `${keptAside}${side}`);
    }
  }
  try {
    swapInStaged(staging, dbPath);
  } catch (err) {
    rmSync(staging, { force: true });
    if (keptAside) renameSync(keptAside, dbPath);
    throw err;
  }
  return { keptAside, restored, evidence };
}

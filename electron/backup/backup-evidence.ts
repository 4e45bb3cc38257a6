/**
 * Evidence files (công văn, ảnh, báo cáo attached to progress reports) live beside the
 * database, not in it, so a backup of the database alone would bring back rows naming files
 * that a dead PC took with it. Each backup folder keeps the evidence its backups name in one
 * content-addressed folder beside them, `vpdu-minh-chung/<sha256>.<ext>` (shared by every
 * backup there, so a USB stick holds each file once however many backups it carries). A
 * restore copies them back into the data folder.
 */
import BetterSqlite3 from 'better-sqlite3';
import { lstatSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { copyBetweenStores, type ContentFile } from '../system/content-store';

import { BACKUP_EVIDENCE_FOLDER } from './backup-files';

export { BACKUP_EVIDENCE_FOLDER };

interface EvidenceRef extends ContentFile {
  storedName: string;
  fileName: string;
}

/** How the evidence a backup names stands: how many files, and those found nowhere. */
export interface EvidenceCount {
  files: number;
  missing: number;
  /** The first few missing files, as the office named them (the screen lists them). */
  missingNames: string[];
}

const NAMES_SHOWN = 20;

function counted(files: number, missing: string[]): EvidenceCount {
  return { files, missing: missing.length, missingNames: missing.slice(0, NAMES_SHOWN) };
}

export function backupEvidenceDir(backupPath: string): string {
  return join(dirname(backupPath), BACKUP_EVIDENCE_FOLDER);
}

/** Every evidence file the database names, once each (tombstoned rows too: a restore may need them). */
function evidenceRefs(sqlite: BetterSqlite3.Database): EvidenceRef[] {
  let rows: Array<{ stored_name: string; sha256: string; size: number; file_name: string }>;
  try {
    rows = sqlite
      .prepare('SELECT stored_name, sha256, size, MIN(file_name) AS file_name FROM evidence_files GROUP BY stored_name ORDER BY stored_name')
      .all() as typeof rows;
  } catch {
    return []; // a database from before evidence existed
  }
  // The stored name becomes part of a path: only the names this app makes are followed.
  return rows
    .filter((r) => /^[0-9a-f]{64}(\.[a-z0-9]{1,10})?$/i.test(r.stored_name) && basename(r.stored_name) === r.stored_name)
    .map((r) => ({ storedName: r.stored_name, sha256: r.sha256, size: r.size, fileName: r.file_name }));
}

/**
 * Copies beside a fresh backup copy (`copy`, the open database file that will be the backup)
 * the evidence files it names, from the data folder's `evidenceDir`. Files already there are
 * not copied again. A file the data folder no longer holds (deleted by hand) is reported as
 * missing; the backup still counts, since its database is sound. A copy that fails (disk
 * full, stick pulled) throws: the backup does not count.
 */
export function copyEvidenceBeside(
  copy: BetterSqlite3.Database,
  finalBackupPath: string,
  evidenceDir: string,
  onFile: (done: number, total: number) => void = () => undefined,
): EvidenceCount & { copied: number } {
  const beside = backupEvidenceDir(finalBackupPath);
  const refs = evidenceRefs(copy);
  const missing: string[] = [];
  let copied = 0;
  for (const [index, ref] of refs.entries()) {
    onFile(index, refs.length);
    let outcome: ReturnType<typeof copyBetweenStores>;
    try {
      outcome = copyBetweenStores(join(evidenceDir, ref.storedName), beside, ref.storedName, ref, { trustSize: true });
    } catch (err) {
      const code = err instanceof AppError ? err.code : 'IO';
      throw new AppError(
        code === 'DISK_FULL' ? 'DISK_FULL' : 'IO',
        code === 'DISK_FULL'
          ? `Ổ đĩa đã đầy khi chép tệp minh chứng "${ref.fileName}", chưa sao lưu được. Dữ liệu hiện tại không bị ảnh hưởng.`
          : `Không chép được tệp minh chứng "${ref.fileName}" vào nơi sao lưu (thiếu quyền ghi hoặc USB đã bị rút), chưa sao lưu được.`,
        `evidence ${ref.storedName} beside backup: ${err instanceof AppError ? err.message : String(err)}`,
      );
    }
    if (outcome === 'copied') copied += 1;
    if (outcome === 'bad-source') missing.push(ref.fileName);
  }
  if (refs.length > 0) onFile(refs.length, refs.length);
  return { ...counted(refs.length, missing), copied };
}

/**
 * What a restore of this backup would do with its evidence: found beside it, or already
 * (sound, by size) in the data folder, or missing. Reads no file contents: a preview of years
 * of evidence stays quick; the restore itself checks every byte it copies.
 */
export function countEvidence(sqlite: BetterSqlite3.Database, backupPath: string, evidenceDir: string | null): EvidenceCount {
  const beside = backupEvidenceDir(backupPath);
  const refs = evidenceRefs(sqlite);
  const sized = (path: string, size: number) => {
    try {
      const st = lstatSync(path);
      return st.isFile() && st.size === size;
    } catch {
      return false;
    }
  };
  const missing = refs
    .filter((r) => !sized(join(beside, r.storedName), r.size) && !(evidenceDir !== null && sized(join(evidenceDir, r.storedName), r.size)))
    .map((r) => r.fileName);
  return counted(refs.length, missing);
}

/**
 * At a restore: puts back into the data folder's `evidenceDir` every evidence file the
 * restored database names that is not already there intact, from beside the backup. Every
 * byte copied is checked against the file's hash; a file already in place is checked too (an
 * older version of the app could leave a copy cut short under the full name).
 */
export function restoreEvidence(sqlite: BetterSqlite3.Database, backupPath: string, evidenceDir: string): EvidenceCount & { restored: number } {
  const beside = backupEvidenceDir(backupPath);
  const refs = evidenceRefs(sqlite);
  const missing: string[] = [];
  let restored = 0;
  for (const ref of refs) {
    // Without trustSize: a file already in the data folder counts only once its hash is checked.
    const outcome = copyBetweenStores(join(beside, ref.storedName), evidenceDir, ref.storedName, ref);
    if (outcome === 'copied') restored += 1;
    else if (outcome === 'bad-source') missing.push(ref.fileName);
  }
  return { ...counted(refs.length, missing), restored };
}

/** `copyEvidenceBeside` on the backup copy at `copyPath` (opened read-only for it). */
export function copyEvidenceForBackup(
  copyPath: string,
  finalBackupPath: string,
  evidenceDir: string,
  onFile?: (done: number, total: number) => void,
): EvidenceCount & { copied: number } {
  const copy = new BetterSqlite3(copyPath, { readonly: true, fileMustExist: true });
  try {
    return copyEvidenceBeside(copy, finalBackupPath, evidenceDir, onFile);
  } finally {
    copy.close();
  }
}

/** `restoreEvidence` from the backup file at `backupPath` (opened read-only for it). */
export function restoreEvidenceOf(backupPath: string, evidenceDir: string): EvidenceCount & { restored: number } {
  const backup = new BetterSqlite3(backupPath, { readonly: true, fileMustExist: true });
  try {
    return restoreEvidence(backup, backupPath, evidenceDir);
  } finally {
    backup.close();
  }
}

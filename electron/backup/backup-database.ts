/**
 * Takes a backup with SQLite's online backup API while the app keeps working, stamps the
 * copy, turns it into a single self-contained file (no -wal beside it, so it can be carried
 * on a USB stick), checks it in full and only then gives it its final name. Automatic
 * backups go to the data folder and are rotated; "Sao lưu ngay" goes where the user chose.
 */
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { databaseSession } from '../core/database-session';
import { localIsoDate } from '../system/clock';
import { backupsToKeep } from './rotation';
import { describeDatabase, runFullCheck, type BackupContents } from './backup-contents';
import { backupFileName, backupsDir, backupsDirOf as backupsDirOfData, listBackupFiles, reasonLabels, type BackupReason } from './backup-files';
import { readBackupState, recordBackupAttempt } from './backup-state';
import { copyEvidenceForBackup, type EvidenceCount } from './backup-evidence';
import { evidenceDirOf } from '../tasks/evidence-store';
import { reportProgress } from '../jobs/job-progress';

export interface BackupOptions {
  reason: BackupReason;
  /**
   * A folder chosen by the user ("Sao lưu ngay" to a USB stick). Absent: the data folder's
   * own rotated backups. The only place a backup destination enters from outside; when the
   * shell's file handles land, the handle is resolved to this folder by the caller.
   */
  toDir?: string;
}

export interface BackupResult {
  path: string;
  reason: BackupReason;
  takenAt: string;
  sizeBytes: number;
  contents: BackupContents;
  /** Older automatic backups removed by rotation. */
  rotatedAway: string[];
}

function backupFailure(err: unknown, dir: string): AppError {
  if (err instanceof AppError) return err;
  const code = String((err as { code?: unknown }).code ?? '');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('DISK_FULL', `Ổ đĩa "${dir}" đã đầy, chưa sao lưu được. Dữ liệu hiện tại không bị ảnh hưởng.`, String(err));
  }
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_READONLY') {
    return new AppError('IO', `Không ghi được vào thư mục "${dir}" (thiếu quyền, ổ chỉ đọc hoặc USB đã bị rút). Hãy chọn thư mục khác.`, String(err));
  }
  if (code === 'ENOENT') return new AppError('IO', `Thư mục "${dir}" không tồn tại (có thể USB đã bị rút ra).`, String(err));
  return new AppError('IO', `Sao lưu không thành công. Dữ liệu hiện tại không bị ảnh hưởng.`, `backup failed: ${String(err)}`);
}

function freeName(dir: string, at: Date, reason: BackupReason): string {
  for (let serial = 0; ; serial += 1) {
    const name = backupFileName(at, reason, serial);
    if (!existsSync(join(dir, name))) return name;
  }
}

/**
 * Stamps the fresh copy, makes it a rollback-journal file and checks it in full.
 * Throws when the copy is not sound: a backup that fails its check never counts.
 */
const corruptCopy = (detail: string) =>
  new AppError(
    'DB_CORRUPT',
    'Bản sao lưu vừa tạo không vượt qua kiểm tra toàn vẹn nên không được dùng. Dữ liệu hiện tại có thể đã bị hỏng: hãy chạy "Kiểm tra dữ liệu".',
    `backup copy failed integrity_check: ${detail}`,
  );

export function sealBackupCopy(tmpPath: string, takenAt: string, reason: BackupReason): BackupContents {
  const copy = new BetterSqlite3(tmpPath);
  try {
    return sealOpenCopy(copy, tmpPath, takenAt, reason);
  } catch (err) {
    const code = String((err as { code?: unknown }).code ?? '');
    if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') throw corruptCopy(String(err));
    throw err;
  } finally {
    copy.close();
  }
}

function sealOpenCopy(copy: BetterSqlite3.Database, tmpPath: string, takenAt: string, reason: BackupReason): BackupContents {
  copy.pragma('journal_mode = DELETE');
  copy.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?), (?, ?)').run('backup_taken_at', takenAt, 'backup_reason', reason);
  const check = runFullCheck(copy, STEP_CHECK);
  if (!check.ok) throw corruptCopy(check.messages.slice(0, 5).join('; '));
  return describeDatabase(copy, tmpPath);
}

export const STEP_COPY = 'Đang sao chép dữ liệu';
export const STEP_CHECK = 'Đang kiểm tra toàn vẹn bản sao lưu';
export const STEP_EVIDENCE = 'Đang chép tệp minh chứng';

/** Pages copied per backup step: about a hundred steps for the whole file, at least 100 pages each. */
export function pagesPerStep(totalPages: number): number {
  return Math.max(100, Math.ceil(totalPages / 100));
}

/**
 * The copy and its seal, from a connection of its own to `sourcePath` (the file the app has
 * open), then the evidence files it names copied beside the backup (their hashes checked):
 * run in a job thread, so the page-by-page copy, the full check of years of data and the
 * evidence never hold up the app's main thread. The app's connection keeps writing meanwhile;
 * SQLite's backup restarts a step that a write overtook, so the copy is one consistent state.
 * The thread writes only the temporary copy and the backup folder, never the app's database.
 * Progress: pages copied, then the check, then evidence files.
 */
export async function copyAndSealDatabase(input: {
  sourcePath: string;
  tmpPath: string;
  takenAt: string;
  reason: BackupReason;
  /** With both: the evidence the copy names goes beside `finalPath` from `evidenceDir`. */
  finalPath?: string;
  evidenceDir?: string;
}): Promise<{ contents: BackupContents; evidence: (EvidenceCount & { copied: number }) | null }> {
  const source = new BetterSqlite3(input.sourcePath, { readonly: true, fileMustExist: true });
  try {
    source.pragma('busy_timeout = 10000');
    reportProgress(STEP_COPY, 0, null);
    await source.backup(input.tmpPath, {
      progress: ({ totalPages, remainingPages }) => {
        reportProgress(STEP_COPY, totalPages - remainingPages, totalPages);
        return pagesPerStep(totalPages);
      },
    });
  } finally {
    source.close();
  }
  const contents = sealBackupCopy(input.tmpPath, input.takenAt, input.reason);
  const evidence =
    input.finalPath && input.evidenceDir
      ? copyEvidenceForBackup(input.tmpPath, input.finalPath, input.evidenceDir, (done, total) => reportProgress(STEP_EVIDENCE, done, total))
      : null;
  return { contents, evidence };
}

/** Removes automatic backups outside the 7 daily / 4 weekly / 12 monthly window. */
export function rotateBackups(dir: string): string[] {
  const files = listBackupFiles(dir).filter((f) => f.reason !== 'manual');
  const keep = backupsToKeep(files);
  const removed: string[] = [];
  for (const f of files) {
    if (keep.has(f.name)) continue;
    rmSync(f.path, { force: true });
    removed.push(f.name);
  }
  return removed;
}

const running = new WeakMap<object, Promise<unknown>>();

async function takeBackup(ctx: CoreContext, options: BackupOptions): Promise<BackupResult> {
  const automatic = options.toDir === undefined;
  const dir = options.toDir ?? backupsDir(ctx);
  const stateDir = backupsDir(ctx);
  const now = ctx.clock.now();
  const takenAt = now.toISOString();
  let tmp: string | null = null;
  try {
    mkdirSync(dir, { recursive: true });
    const name = freeName(dir, now, options.reason);
    tmp = join(dir, `.${name}.partial`);
    rmSync(tmp, { force: true });
    const path = join(dir, name);
    // Its evidence files are copied in the same job, before the rename: a backup whose files
    // could not be copied does not count.
    // "Sao lưu ngay" may be cancelled (it only writes its own file); an automatic backup may not:
    // it guards an import or starts the day, and the caller waits on it.
    const { contents: sealed, evidence: copiedEvidence } = await ctx.jobs.run(
      'backup.copyAndSeal',
      { sourcePath: ctx.sqlite.name, tmpPath: tmp, takenAt, reason: options.reason, finalPath: path, evidenceDir: evidenceDirOf(ctx.dataDir) },
      { cancellable: !automatic },
    );
    const evidence = copiedEvidence ?? { files: 0, missing: 0, missingNames: [], copied: 0 };
    renameSync(tmp, path);
    tmp = null;
    const sizeBytes = statSync(path).size;
    const rotatedAway = automatic ? rotateBackups(dir) : [];
    const message = evidence.missing > 0 ? `Thiếu ${evidence.missing} tệp minh chứng không còn trong thư mục dữ liệu: ${evidence.missingNames.slice(0, 3).join(', ')}` : null;
    recordBackupAttempt(stateDir, { at: takenAt, reason: options.reason, ok: true, path, sizeBytes, message }, automatic);
    const counted = { files: evidence.files, missing: evidence.missing, missingNames: evidence.missingNames };
    return { path, reason: options.reason, takenAt, sizeBytes, contents: { ...sealed, path, sizeBytes, evidence: counted }, rotatedAway };
  } catch (err) {
    if (tmp) rmSync(tmp, { force: true });
    // Cancelled by the user: not a failed backup; the last backup stays what it was.
    if (err instanceof AppError && err.code === 'CANCELLED') throw err;
    const failure = backupFailure(err, dir);
    recordBackupAttempt(
      stateDir,
      { at: takenAt, reason: options.reason, ok: false, path: null, sizeBytes: null, message: `${reasonLabels[options.reason]}: ${failure.userMessage}` },
      automatic,
    );
    throw failure;
  }
}

/**
 * Backs up the open database. Calls on one core run one after another (a daily backup and
 * an import starting together do not race for the same file name).
 */
export function backupDatabase(ctx: CoreContext, options: BackupOptions): Promise<BackupResult> {
  const before = running.get(ctx) ?? Promise.resolve();
  const next = before.catch(() => undefined).then(() => takeBackup(ctx, options));
  running.set(ctx, next);
  return next;
}

/** The start-of-day backup: taken when no good automatic backup exists from today. */
export async function backupIfDue(ctx: CoreContext): Promise<BackupResult | null> {
  if (databaseSession(ctx).readOnly) return null; // nothing can change, nowhere to write
  const state = readBackupState(backupsDir(ctx));
  const today = localIsoDate(ctx.clock.now());
  const last = state.lastAutomatic;
  if (last && localIsoDate(new Date(last.at)) === today && last.path && existsSync(last.path)) return null;
  return backupDatabase(ctx, { reason: 'daily' });
}

/**
 * The backup before a migration upgrades an existing file. Opening is synchronous, so this
 * one copies with VACUUM INTO (SQLite's own consistent copy, read in one transaction)
 * instead of the stepwise backup API; the copy is sealed and checked the same way.
 */
export function backupBeforeMigration(sqlite: BetterSqlite3.Database, dataDir: string, now: Date): string {
  const dir = backupsDirOfData(dataDir);
  const takenAt = now.toISOString();
  const name = freeName(dir, now, 'before-migration');
  const tmp = join(dir, `.${name}.partial`);
  try {
    mkdirSync(dir, { recursive: true });
    rmSync(tmp, { force: true });
    sqlite.prepare('VACUUM INTO ?').run(tmp);
    sealBackupCopy(tmp, takenAt, 'before-migration');
    const path = join(dir, name);
    renameSync(tmp, path);
    rotateBackups(dir);
    recordBackupAttempt(dir, { at: takenAt, reason: 'before-migration', ok: true, path, sizeBytes: statSync(path).size, message: null }, true);
    return path;
  } catch (err) {
    rmSync(tmp, { force: true });
    const failure = backupFailure(err, dir);
    recordBackupAttempt(dir, { at: takenAt, reason: 'before-migration', ok: false, path: null, sizeBytes: null, message: `${reasonLabels['before-migration']}: ${failure.userMessage}` }, true);
    throw new AppError(
      failure.code,
      `Chưa nâng cấp dữ liệu vì không sao lưu được trước khi nâng cấp: ${failure.userMessage}`,
      failure.message,
    );
  }
}

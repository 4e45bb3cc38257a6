/**
 * Opens the office database: checks it is ours (header, schema page) and not newer than
 * this app, turns on WAL and foreign keys, and applies pending migrations, each in its own
 * transaction. The full integrity check runs only when asked (after an unclean shutdown):
 * it reads the whole file. A file that is corrupt or from a newer version is reported and
 * left untouched; a file on read-only media opens read-only.
 */
import BetterSqlite3 from 'better-sqlite3';
import { accessSync, closeSync, constants, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { AppError } from '../../shared/api/errors';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import type { Migration } from './migrations/types';
import { createQueryBuilder, type QueryBuilder } from './query';

export type Sqlite = BetterSqlite3.Database;

export interface OpenedDatabase {
  sqlite: Sqlite;
  qb: QueryBuilder;
  path: string;
  schemaVersion: number;
  /** Versions applied by this open (empty when the file was already current). */
  applied: number[];
  /** Set when the file could not be written: open to look at only. */
  readOnly: ReadOnlyState | null;
  /** The full integrity check ran at this open (and passed). */
  fullyChecked: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

export function hasSqliteHeader(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === SQLITE_HEADER;
  } finally {
    closeSync(fd);
  }
}

export function corruptError(path: string, detail: string): AppError {
  return new AppError(
    'DB_CORRUPT',
    `Tệp dữ liệu "${path}" bị hỏng hoặc không phải dữ liệu của Văn phòng Đảng ủy. Ứng dụng không ghi đè lên tệp này; hãy khôi phục từ bản sao lưu hoặc chọn tệp khác.`,
    `Database file is corrupt or not ours: ${detail}`,
  );
}

/**
 * Applies the migrations this file lacks, each in its own BEGIN IMMEDIATE transaction that
 * also bumps `user_version`. The version is read inside each transaction: another process
 * opening the same new file at the same moment may have applied it while this one waited.
 * A migration that fails rolls back whole and stops the run (the error propagates).
 */
export function applyPendingMigrations(sqlite: Sqlite, list: readonly Migration[]): number[] {
  const applied: number[] = [];
  for (const m of list) {
    const ran = sqlite.transaction(() => {
      if (Number(sqlite.pragma('user_version', { simple: true })) >= m.version) return false;
      sqlite.exec(m.sql);
      sqlite.pragma(`user_version = ${m.version}`);
      return true;
    }).immediate();
    if (ran) applied.push(m.version);
  }
  return applied;
}


export interface OpenOptions {
  migrate?: boolean;
  /**
   * Called once before migrations upgrade an existing file (not a new one), with the
   * connection and the version found. It backs the file up; if it throws, nothing is
   * migrated and the open fails.
   */
  beforeMigrate?: (sqlite: Sqlite, fromVersion: number) => void;
  /**
   * Run the full integrity check before anything else (after an unclean shutdown). Normal
   * starts skip it: on years of data it reads the whole file and takes seconds.
   */
  fullCheck?: boolean;
}

export interface ReadOnlyState {
  /** Vietnamese: why editing is off. */
  reason: string;
  /** The file actually open when the original could not be opened in place (a temp copy). */
  workingCopy: string | null;
}

export function readOnlyError(reason: string): AppError {
  return new AppError('READ_ONLY', `Dữ liệu đang mở ở chế độ chỉ xem, không ghi được: ${reason}`, 'write refused: database opened read-only');
}

const READ_ONLY_REASON =
  'tệp dữ liệu nằm trên ổ hoặc thư mục không cho ghi (ví dụ USB đã gạt khóa chống ghi, ổ CD, thư mục chỉ đọc). Hãy chép tệp vào máy rồi mở lại nếu cần sửa.';

/** Whether this process may write the file and create its -wal/-shm beside it. */
export function canWriteInPlace(path: string): boolean {
  try {
    accessSync(dirname(path), constants.W_OK);
    if (existsSync(path)) accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function checkHeaderAndVersion(sqlite: Sqlite): number {
  // Reading the schema parses page 1: a cheap guard that the file is a real database.
  sqlite.prepare('SELECT count(*) FROM sqlite_master').pluck().get();
  const version = Number(sqlite.pragma('user_version', { simple: true }));
  if (version > LATEST_SCHEMA_VERSION) {
    throw new AppError(
      'DB_TOO_NEW',
      `Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${version}, phiên bản này hiểu tới ${LATEST_SCHEMA_VERSION}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.`,
      `Database schema ${version} is newer than supported ${LATEST_SCHEMA_VERSION}`,
    );
  }
  return version;
}

function fullCheckOrThrow(sqlite: Sqlite, path: string): void {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const bad = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  if (bad.length) throw corruptError(path, `integrity_check: ${bad.slice(0, 5).join('; ')}`);
}

function asOpenError(err: unknown, path: string): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return corruptError(path, String(err));
  return new AppError('DB_OPEN_FAILED', `Không mở được tệp dữ liệu "${path}".`, `open failed: ${String(err)}`);
}

/**
 * A file we may not write (write-protected stick): opened read-only to look at. SQLite
 * cannot open a WAL-mode or older-schema file read-only in place (it needs its -shm, or a
 * migration), so those are copied to a temp folder, brought up to date there and opened
 * read-only; the original is never touched.
 */
function openReadOnly(path: string, fullCheck: boolean): OpenedDatabase {
  const direct = (() => {
    try {
      const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
      try {
        const version = checkHeaderAndVersion(db);
        if (version === LATEST_SCHEMA_VERSION) return db;
      } catch (err) {
        db.close();
        if (err instanceof AppError) throw err;
        return null;
      }
      db.close();
      return null;
    } catch (err) {
      if (err instanceof AppError) throw err;
      return null;
    }
  })();
  let sqlite = direct;
  let workingCopy: string | null = null;
  if (!sqlite) {
    const dir = mkdtempSync(join(tmpdir(), 'vpdu-readonly-'));
    workingCopy = join(dir, basename(path));
    copyFileSync(path, workingCopy);
    if (existsSync(`${path}-wal`)) copyFileSync(`${path}-wal`, `${workingCopy}-wal`);
    const upgraded = openDatabase(workingCopy, { fullCheck });
    upgraded.sqlite.pragma('journal_mode = DELETE');
    upgraded.sqlite.close();
    sqlite = new BetterSqlite3(workingCopy, { readonly: true, fileMustExist: true });
  } else if (fullCheck) {
    try {
      fullCheckOrThrow(sqlite, path);
    } catch (err) {
      sqlite.close();
      throw err;
    }
  }
  sqlite.pragma('foreign_keys = ON');
  const schemaVersion = Number(sqlite.pragma('user_version', { simple: true }));
  return { sqlite, qb: createQueryBuilder(), path, schemaVersion, applied: [], readOnly: { reason: READ_ONLY_REASON, workingCopy }, fullyChecked: fullCheck };
}

export function openDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  const migrate = options.migrate ?? true;
  const exists = existsSync(path) && statSync(path).size > 0;
  if (exists && !hasSqliteHeader(path)) throw corruptError(path, 'missing SQLite header');
  if (exists && !canWriteInPlace(path)) {
    try {
      return openReadOnly(path, options.fullCheck ?? false);
    } catch (err) {
      throw asOpenError(err, path);
    }
  }
  if (!exists) mkdirSync(dirname(path), { recursive: true });

  let sqlite: Sqlite;
  try {
    sqlite = new BetterSqlite3(path);
  } catch (err) {
    throw new AppError('DB_OPEN_FAILED', `Không mở được tệp dữ liệu "${path}".`, `open failed: ${String(err)}`);
  }
  try {
    // busy_timeout lets two processes (app + CLI, or two CLI runs) wait instead of failing.
    sqlite.pragma('busy_timeout = 10000');
    const version = checkHeaderAndVersion(sqlite);
    if (options.fullCheck) fullCheckOrThrow(sqlite, path);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');

    let applied: number[] = [];
    if (migrate) {
      if (exists && version > 0 && version < LATEST_SCHEMA_VERSION) options.beforeMigrate?.(sqlite, version);
      applied = applyPendingMigrations(sqlite, migrations);
    }
    const schemaVersion = Number(sqlite.pragma('user_version', { simple: true }));
    return { sqlite, qb: createQueryBuilder(), path, schemaVersion, applied, readOnly: null, fullyChecked: options.fullCheck ?? false };
  } catch (err) {
    sqlite.close();
    throw asOpenError(err, path);
  }
}

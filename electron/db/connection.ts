/**
 * Opens the office database: checks it is ours and not newer than this app, turns on WAL
 * and foreign keys, and applies pending migrations, each in its own transaction. A file
 * that is corrupt or from a newer version is reported and left untouched.
 */
import BetterSqlite3 from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
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
}

export function openDatabase(path: string, options: OpenOptions = {}): OpenedDatabase {
  const migrate = options.migrate ?? true;
  const exists = existsSync(path) && statSync(path).size > 0;
  if (exists && !hasSqliteHeader(path)) throw corruptError(path, 'missing SQLite header');
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
    const version = Number(sqlite.pragma('user_version', { simple: true }));
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'DB_TOO_NEW',
        `Tệp dữ liệu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${version}, phiên bản này hiểu tới ${LATEST_SCHEMA_VERSION}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.`,
        `Database schema ${version} is newer than supported ${LATEST_SCHEMA_VERSION}`,
      );
    }
    const quick = sqlite.pragma('quick_check', { simple: true });
    if (quick !== 'ok') throw corruptError(path, `quick_check: ${String(quick)}`);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');

    let applied: number[] = [];
    if (migrate) {
      if (exists && version > 0 && version < LATEST_SCHEMA_VERSION) options.beforeMigrate?.(sqlite, version);
      applied = applyPendingMigrations(sqlite, migrations);
    }
    const schemaVersion = Number(sqlite.pragma('user_version', { simple: true }));
    return { sqlite, qb: createQueryBuilder(), path, schemaVersion, applied };
  } catch (err) {
    sqlite.close();
    if (err instanceof AppError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') throw corruptError(path, String(err));
    throw new AppError('DB_OPEN_FAILED', `Không mở được tệp dữ liệu "${path}".`, `open failed: ${String(err)}`);
  }
}

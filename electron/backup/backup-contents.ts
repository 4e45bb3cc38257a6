/**
 * Reads what a database file holds without changing it: opened read-only, checked in
 * full (integrity_check), then counted. Used to verify a fresh backup before it counts and
 * to show the user what a restore would bring back.
 */
import { reportProgress } from '../jobs/job-progress';
import BetterSqlite3 from 'better-sqlite3';
import { statSync } from 'node:fs';
import { AppError } from '../../shared/api/errors';
import { hasSqliteHeader } from '../db/connection';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { countEvidence, type EvidenceCount } from './backup-evidence';

export interface BackupContents {
  path: string;
  sizeBytes: number;
  schemaVersion: number;
  /** When the copy was taken (stamped inside the file), or null for a plain database file. */
  takenAt: string | null;
  reason: string | null;
  committee: string | null;
  counts: { meetings: number; conclusions: number; issuedConclusions: number; tasks: number };
  /** The last number used per document type in the newest term. */
  lastNumbers: { docType: string; lastNumber: number; termName: string }[];
  /** The evidence files it names, and those a restore would not find (`backup-evidence.ts`). */
  evidence: EvidenceCount;
}

export interface FullCheck {
  ok: boolean;
  messages: string[];
}

/**
 * PRAGMA integrity_check and foreign_key_check on an open connection. In a job thread the
 * window shows `step` (neither pragma says how far it is, so the bar is indeterminate).
 */
export function runFullCheck(sqlite: BetterSqlite3.Database, step = 'Đang kiểm tra toàn vẹn dữ liệu'): FullCheck {
  reportProgress(step);
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  const messages = rows.map((r) => r.integrity_check).filter((m) => m !== 'ok');
  reportProgress('Đang kiểm tra liên kết giữa các bảng');
  const fk = sqlite.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const f of fk) messages.push(`Khóa ngoại hỏng: bảng ${f.table}, dòng ${f.rowid} → ${f.parent}`);
  return { ok: messages.length === 0, messages };
}

/**
 * The full check of a database file on a connection of its own (read-only, beside the app's
 * open one: WAL lets it read while the app writes). Run in a job thread: on years of data it
 * reads the whole file for seconds.
 */
export function checkDatabaseFile(path: string): FullCheck {
  const sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('busy_timeout = 10000');
    return runFullCheck(sqlite);
  } finally {
    sqlite.close();
  }
}

function notABackup(path: string, detail: string): AppError {
  return new AppError(
    'BAD_FILE',
    `Tệp "${path}" không phải bản sao lưu dùng được của Văn phòng Đảng ủy (tệp hỏng hoặc không đúng loại).`,
    `Not a usable backup: ${detail}`,
  );
}

function count(sqlite: BetterSqlite3.Database, sql: string): number {
  try {
    return Number((sqlite.prepare(sql).pluck().get() as number | bigint | undefined) ?? 0);
  } catch {
    return 0; // an older schema without that table holds none of them
  }
}

function metaValue(sqlite: BetterSqlite3.Database, key: string): string | null {
  try {
    const v = sqlite.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;
    return v ?? null;
  } catch {
    return null;
  }
}

function lastNumbers(sqlite: BetterSqlite3.Database): BackupContents['lastNumbers'] {
  try {
    const term = sqlite
      .prepare(
        `SELECT t.id, t.name FROM terms t WHERE t.deleted_at IS NULL
         ORDER BY (t.id = (SELECT current_term_id FROM profile WHERE deleted_at IS NULL LIMIT 1)) DESC, t.start_year DESC LIMIT 1`,
      )
      .get() as { id: string; name: string } | undefined;
    if (!term) return [];
    const rows = sqlite
      .prepare(
        `SELECT doc_type AS docType, MAX(n) AS lastNumber FROM (
           SELECT doc_type, number AS n FROM register_entries WHERE term_id = ? AND deleted_at IS NULL
           UNION ALL
           SELECT doc_type, last_number AS n FROM register_start_numbers WHERE term_id = ? AND deleted_at IS NULL
         ) GROUP BY doc_type ORDER BY doc_type`,
      )
      .all(term.id, term.id) as { docType: string; lastNumber: number }[];
    return rows.map((r) => ({ ...r, termName: term.name }));
  } catch {
    return [];
  }
}

/**
 * The counts and stamps of an already open connection (no check). `evidenceDir`: the data
 * folder's evidence, which a restore can also draw on besides the files beside the backup.
 */
export function describeDatabase(sqlite: BetterSqlite3.Database, path: string, evidenceDir: string | null = null): BackupContents {
  const committee = (() => {
    try {
      return (sqlite.prepare('SELECT committee FROM profile WHERE deleted_at IS NULL LIMIT 1').pluck().get() as string | undefined) ?? null;
    } catch {
      return null;
    }
  })();
  return {
    path,
    sizeBytes: statSync(path).size,
    schemaVersion: Number(sqlite.pragma('user_version', { simple: true })),
    takenAt: metaValue(sqlite, 'backup_taken_at'),
    reason: metaValue(sqlite, 'backup_reason'),
    committee,
    counts: {
      meetings: count(sqlite, 'SELECT COUNT(*) FROM meetings WHERE deleted_at IS NULL'),
      conclusions: count(sqlite, 'SELECT COUNT(*) FROM conclusions WHERE deleted_at IS NULL'),
      issuedConclusions: count(sqlite, "SELECT COUNT(*) FROM conclusions WHERE deleted_at IS NULL AND status = 'issued'"),
      tasks: count(sqlite, 'SELECT COUNT(*) FROM tasks WHERE deleted_at IS NULL'),
    },
    lastNumbers: lastNumbers(sqlite),
    evidence: countEvidence(sqlite, path, evidenceDir),
  };
}

/**
 * Opens a file read-only, checks it in full and describes it. Throws BAD_FILE (Vietnamese)
 * when it is not a sound database of ours, DB_TOO_NEW when a newer app wrote it.
 */
export function inspectDatabaseFile(path: string, evidenceDir: string | null = null): BackupContents {
  let exists: boolean;
  try {
    exists = statSync(path).isFile();
  } catch {
    exists = false;
  }
  if (!exists) throw new AppError('NOT_FOUND', `Không tìm thấy tệp "${path}".`, `No such file: ${path}`);
  if (!hasSqliteHeader(path)) throw notABackup(path, 'missing SQLite header');
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  } catch (err) {
    throw notABackup(path, String(err));
  }
  try {
    const version = Number(sqlite.pragma('user_version', { simple: true }));
    if (version > LATEST_SCHEMA_VERSION) {
      throw new AppError(
        'DB_TOO_NEW',
        `Bản sao lưu được tạo bởi phiên bản mới hơn của ứng dụng (lược đồ ${version}). Hãy cập nhật ứng dụng trước khi khôi phục.`,
        `Backup schema ${version} > ${LATEST_SCHEMA_VERSION}`,
      );
    }
    const check = runFullCheck(sqlite, 'Đang kiểm tra toàn vẹn bản sao lưu');
    if (!check.ok) throw notABackup(path, `integrity_check: ${check.messages.slice(0, 5).join('; ')}`);
    if (metaValue(sqlite, 'replica_id') === null && version > 0) throw notABackup(path, 'no meta.replica_id');
    return describeDatabase(sqlite, path, evidenceDir);
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notABackup(path, String(err));
  } finally {
    sqlite.close();
  }
}

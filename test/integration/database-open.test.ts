import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/errors';
import { openDatabase } from '../../electron/db/connection';
import { LATEST_SCHEMA_VERSION } from '../../electron/db/migrations';
import { makeTempDir } from '../support/temp-dir';

describe('opening the database', () => {
  const dirs: Array<() => void> = [];
  afterEach(() => dirs.splice(0).forEach((c) => c()));
  const temp = () => {
    const t = makeTempDir();
    dirs.push(t.cleanup);
    return t.dir;
  };

  it('creates the file with WAL, foreign keys and every migration applied', () => {
    const path = join(temp(), 'sub', 'new.sqlite');
    const db = openDatabase(path);
    expect(db.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    expect(db.applied).toHaveLength(LATEST_SCHEMA_VERSION);
    expect(db.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    db.sqlite.close();
    const again = openDatabase(path);
    expect(again.applied).toEqual([]);
    again.sqlite.close();
  });

  it('refuses a file that is not a database and leaves it untouched', () => {
    const path = join(temp(), 'bad.sqlite');
    writeFileSync(path, 'Đây không phải cơ sở dữ liệu'.repeat(50));
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrowError(AppError);
    try {
      openDatabase(path);
    } catch (err) {
      expect((err as AppError).code).toBe('DB_CORRUPT');
      expect((err as AppError).userMessage).toMatch(/bị hỏng/);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a corrupted database page when the full check runs, and does not overwrite it', () => {
    const path = join(temp(), 'corrupt.sqlite');
    const db = openDatabase(path);
    db.sqlite.exec("CREATE TABLE filler(x TEXT); INSERT INTO filler SELECT hex(randomblob(500)) FROM (WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM c WHERE i < 200) SELECT i FROM c);");
    db.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    db.sqlite.close();
    const bytes = readFileSync(path);
    // Scribble over the middle pages, keeping the header so it still looks like SQLite.
    bytes.fill(0x5a, 4096 * 3, 4096 * 12);
    writeFileSync(path, bytes);
    let code = '';
    try {
      openDatabase(path, { fullCheck: true }).sqlite.close();
    } catch (err) {
      code = (err as AppError).code;
    }
    expect(code).toBe('DB_CORRUPT');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  it('refuses a database from a newer version of the app without changing it', () => {
    const path = join(temp(), 'newer.sqlite');
    const raw = new BetterSqlite3(path);
    raw.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(path);
    let err: AppError | null = null;
    try {
      openDatabase(path);
    } catch (e) {
      err = e as AppError;
    }
    expect(err?.code).toBe('DB_TOO_NEW');
    expect(err?.userMessage).toMatch(/phiên bản mới hơn/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

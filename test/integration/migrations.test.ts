/**
 * Every older schema upgrades to the current one with its data intact, and migrations
 * stay additive (packages travel between app versions, so a column never disappears).
 */
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../electron/db/connection';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/db/migrations';
import { makeTempDir } from '../support/temp-dir';

function columnsOf(db: BetterSqlite3.Database): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'").all() as { name: string }[];
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    out[name] = (db.prepare(`PRAGMA table_info(${JSON.stringify(name)})`).all() as { name: string }[]).map((c) => c.name);
  }
  return out;
}

describe('migrations', () => {
  const cleanups: Array<() => void> = [];
  afterEach(() => cleanups.splice(0).forEach((c) => c()));

  it('are numbered consecutively with zero-padded names', () => {
    migrations.forEach((m, i) => {
      expect(m.version).toBe(i + 1);
      expect(m.name).toMatch(new RegExp(`^${String(i + 1).padStart(4, '0')}_[a-z0-9_]+$`));
    });
  });

  for (let from = 0; from < LATEST_SCHEMA_VERSION; from += 1) {
    it(`upgrade a database at schema ${from} to ${LATEST_SCHEMA_VERSION}, keeping its rows and columns`, () => {
      const { dir, cleanup } = makeTempDir();
      cleanups.push(cleanup);
      const path = join(dir, `v${from}.sqlite`);
      const raw = new BetterSqlite3(path);
      for (const m of migrations.slice(0, from)) {
        raw.exec(m.sql);
        raw.pragma(`user_version = ${m.version}`);
      }
      if (from >= 1) {
        raw.prepare("INSERT INTO meta(key, value) VALUES ('fixture', 'kept')").run();
      }
      const before = columnsOf(raw);
      raw.close();

      const db = openDatabase(path);
      expect(db.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(db.applied).toEqual(migrations.slice(from).map((m) => m.version));
      const after = columnsOf(db.sqlite);
      for (const [table, cols] of Object.entries(before)) {
        expect(after[table], `table ${table} kept`).toBeDefined();
        expect(after[table]).toEqual(expect.arrayContaining(cols));
      }
      if (from >= 1) {
        expect(db.sqlite.prepare("SELECT value FROM meta WHERE key = 'fixture'").get()).toEqual({ value: 'kept' });
      }
      expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      db.sqlite.close();
    });
  }

  it('roll back a failing migration whole, leaving the version unchanged', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const raw = new BetterSqlite3(join(dir, 'x.sqlite'));
    const broken = 'CREATE TABLE half_done(x TEXT); INSERT INTO no_such_table VALUES (1);';
    expect(() =>
      raw.transaction(() => {
        raw.exec(broken);
        raw.pragma('user_version = 99');
      })(),
    ).toThrow();
    expect(raw.pragma('user_version', { simple: true })).toBe(0);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'half_done'").get()).toEqual({ n: 0 });
    raw.close();
  });

  it('keep every synced table shaped for exchange: text ids, clock, replica, tombstone', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const db = openDatabase(join(dir, 'shape.sqlite'));
    const cols = columnsOf(db.sqlite);
    const unsynced = new Set(['meta', 'task_units', 'search_keys']);
    for (const [table, names] of Object.entries(cols)) {
      if (unsynced.has(table)) continue;
      expect(names, table).toEqual(expect.arrayContaining(['id', 'created_at', 'updated_at', 'hlc', 'replica_id', 'deleted_at']));
      const idCol = (db.sqlite.prepare(`PRAGMA table_info(${table})`).all() as { name: string; type: string; pk: number }[]).find((c) => c.name === 'id');
      expect(idCol?.type, `${table}.id`).toBe('TEXT');
      expect(idCol?.pk).toBe(1);
    }
    db.sqlite.close();
  });
});

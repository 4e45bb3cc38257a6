/**
 * Every older schema upgrades to the current one with its data intact, and migrations
 * stay additive (packages travel between app versions, so a column never disappears).
 */
import BetterSqlite3 from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyPendingMigrations, openDatabase } from '../../electron/db/connection';
import { syncedTables } from '../../electron/sync/synced-tables';
import { LATEST_SCHEMA_VERSION, migrations } from '../../electron/db/migrations';
import type { Migration } from '../../electron/db/migrations/types';
import { makeTempDir } from '../support/temp-dir';

function columnsOf(db: BetterSqlite3.Database): Record<string, string[]> {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%fts%'").all() as { name: string }[];
  const out: Record<string, string[]> = {};
  for (const { name } of tables) {
    out[name] = (db.prepare(`PRAGMA table_info(${JSON.stringify(name)})`).all() as { name: string }[]).map((c) => c.name);
  }
  return out;
}

const stamp = { created_at: '2026-01-05T08:00:00.000Z', updated_at: '2026-01-05T08:00:00.000Z', hlc: '000001767600000000-00000-r1', replica_id: 'r1', deleted_at: null };
const SEARCH_ROWID = 7;

/**
 * One row for every table, written with the columns the table has at the version being
 * upgraded from (migrations are additive, so a later column is simply absent). The
 * data-moving migrations then run over real rows.
 */
const SEED = {
  meta: { key: 'fixture', value: 'kept' },
  terms: { id: 'term-1', name: 'Khóa I', start_year: 2025, end_year: 2030, ...stamp },
  profile: { id: 'office-profile', superior_committee: 'ĐẢNG BỘ TỈNH NINH BÌNH', committee: 'ĐẢNG ỦY XÃ GIA VIỄN', place: 'Gia Viễn', issuer_abbreviation: 'ĐU', current_term_id: 'term-1', ...stamp },
  signers: { id: 'signer-1', name: 'Đinh Văn Hùng', title: 'BÍ THƯ', sort_order: 0, ...stamp },
  units: { id: 'unit-ubnd', short_name: 'UBND xã', full_name: 'Ủy ban nhân dân xã', category: 'government', aliases_json: '[]', is_superior: 0, active: 1, sort_order: 1, ...stamp },
  meetings: { id: 'meeting-1', body: 'standingCommittee', kind: 'session', sequence_number: 4, term_id: 'term-1', subject: 'Kỳ họp tháng 3', date: '2026-03-10', place: 'Hội trường', attendees_json: '[]', ...stamp },
  conclusions: { id: 'conclusion-1', kind: 'TB', body: 'standingCommittee', meeting_id: 'meeting-1', summary: 'kết luận kỳ họp tháng 3', outline_json: '[]', recipients_json: '[]', signature_json: '{}', status: 'issued', number: 12, number_symbol: '12-TB/ĐU', issue_date: '2026-03-12', term_id: 'term-1', ...stamp },
  conclusion_versions: { id: 'version-1', conclusion_id: 'conclusion-1', reason: 'created', content_json: '{}', ...stamp },
  register_entries: { id: 'register-1', term_id: 'term-1', doc_type: 'TB', number: 12, number_symbol: '12-TB/ĐU', issue_date: '2026-03-12', conclusion_id: 'conclusion-1', ...stamp },
  register_history: { id: 'register-history-1', entry_id: 'register-1', action: 'renumber', old_json: '{"number":1200}', new_json: '{"number":12}', reason: 'Gõ nhầm số khi nhập', ...stamp },
  register_desks: { id: 'desk-TB', doc_type: 'TB', install_id: 'replica-test', install_name: 'Máy văn thư', ...stamp },
  register_start_numbers: { id: 'start-1', term_id: 'term-1', doc_type: 'TB', last_number: 10, ...stamp },
  search_fts: { rowid: SEARCH_ROWID, title: 'ket luan ky hop thang 3', body: 'giao ubnd xa', entity_type: 'conclusion', entity_id: 'conclusion-1' },
  tasks: { id: 'task-1', conclusion_id: 'conclusion-1', content: 'Rà soát đất công', lead_unit_ids_json: '["unit-ubnd"]', due_date: '2026-04-30', status: 'done', completed_date: '2026-04-20', ...stamp },
  task_units: { task_id: 'task-1', unit_id: 'unit-ubnd', role: 'lead', open: 0, due_date: '2026-04-30' },
  progress_reports: { id: 'progress-1', task_id: 'task-1', report_date: '2026-04-20', status: 'done', note: 'Đã rà soát xong', ...stamp },
  evidence_files: { id: 'evidence-1', progress_id: 'progress-1', task_id: 'task-1', file_name: 'bien-ban.pdf', stored_name: 'abc.pdf', sha256: 'abc', size: 3, ...stamp },
  search_keys: { key_id: SEARCH_ROWID, entity_type: 'conclusion', entity_id: 'conclusion-1' },
  change_log: { origin_install: 'r1', origin_seq: 1, hlc: stamp.hlc, table_name: 'terms', row_id: 'term-1', op: 'insert', fields_json: '{}' },
  install_keys: { install_id: 'replica-test', signing_key: 'a', agreement_key: 'b', signing_private: 'c', agreement_private: 'd', fingerprint: '1'.repeat(30), created_at: '2026-03-02T00:00:00Z' },
  known_installs: { install_id: 'replica-b', name: 'Máy B', signing_key: 'a', agreement_key: 'b', fingerprint: '2'.repeat(30), trusted_at: null, first_seen_at: '2026-03-02T00:00:00Z' },
  exchange_history: { id: 'h-1', direction: 'import', at: '2026-03-02T00:00:00Z', package_id: 'p-1', peer_install_id: 'replica-b', peer_name: 'Máy B', scope: 'peer', file_name: 'a.vpdu', file_sha256: 'ab', size: 10, counts_json: '{}', result: 'applied', message: '' },
  exchange_peer_acks: { peer_install_id: 'replica-b', origin_install_id: 'replica-test', seq: 3 },
  exchange_backlog: { origin_install_id: 'replica-b', seq: 9, change_json: '{}', package_id: 'p-1', received_at: '2026-03-02T00:00:00Z' },
  exchange_conflicts: { id: 'c-1', kind: 'field', detected_at: '2026-03-02T00:00:00Z', table_name: 'meetings', row_id: 'meeting-1', field: 'subject', kept_value: '"a"', other_value: '"b"', kept_origin: 'replica-test', other_origin: 'replica-b', package_id: 'p-1' },
} satisfies Record<string, Record<string, unknown>>;

function tablesOf(db: BetterSqlite3.Database): string[] {
  return (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_fts_%'").all() as { name: string }[]).map((r) => r.name);
}

function seedEveryTable(db: BetterSqlite3.Database): void {
  for (const table of tablesOf(db)) {
    const row = (SEED as Record<string, Record<string, unknown>>)[table];
    if (!row) throw new Error(`No seed row for table ${table}: add one to SEED in test/integration/migrations.test.ts`);
    const existing = new Set((db.prepare(`PRAGMA table_info(${JSON.stringify(table)})`).all() as { name: string }[]).map((c) => c.name));
    if (table === 'search_fts') existing.add('rowid');
    const cols = Object.keys(row).filter((c) => existing.has(c));
    db.prepare(`INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`).run(...cols.map((c) => row[c]));
  }
}

function rowCounts(db: BetterSqlite3.Database): Record<string, number> {
  return Object.fromEntries(tablesOf(db).map((t) => [t, (db.prepare(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n]));
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
      seedEveryTable(raw);
      const before = columnsOf(raw);
      const countsBefore = rowCounts(raw);
      raw.close();

      const db = openDatabase(path);
      expect(db.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
      expect(db.applied).toEqual(migrations.slice(from).map((m) => m.version));
      const after = columnsOf(db.sqlite);
      for (const [table, cols] of Object.entries(before)) {
        expect(after[table], `table ${table} kept`).toBeDefined();
        expect(after[table]).toEqual(expect.arrayContaining(cols));
      }
      const countsAfter = rowCounts(db.sqlite);
      // meta may gain keys (0008 keeps the clock's floor there); no other table gains or loses rows.
      for (const [table, n] of Object.entries(countsBefore)) {
        if (table === 'meta') expect(countsAfter[table]).toBeGreaterThanOrEqual(n);
        else expect(countsAfter[table], `rows of ${table}`).toBe(n);
      }
      if (from >= 1 && from < 8) {
        // 0008 logs every row written before the change log existed, by its install.
        const logged = db.sqlite.prepare('SELECT table_name, origin_install FROM change_log ORDER BY local_seq').all() as Array<{ table_name: string; origin_install: string }>;
        const seededSynced = syncedTables.filter((t) => (countsBefore[t] ?? 0) > 0);
        expect(logged.map((l) => l.table_name)).toEqual(seededSynced);
        expect(new Set(logged.map((l) => l.origin_install))).toEqual(new Set(['r1']));
      }
      if (from >= 1) {
        expect(db.sqlite.prepare("SELECT value FROM meta WHERE key = 'fixture'").get()).toEqual({ value: 'kept' });
        expect(db.sqlite.prepare('SELECT name, start_year FROM terms WHERE id = ?').get(SEED.terms.id)).toEqual({ name: SEED.terms.name, start_year: 2025 });
      }
      if (from >= 2) {
        expect(db.sqlite.prepare('SELECT summary, number_symbol FROM conclusions WHERE id = ?').get(SEED.conclusions.id)).toEqual({
          summary: SEED.conclusions.summary,
          number_symbol: SEED.conclusions.number_symbol,
        });
        // 0004 gives every search record a fixed FTS rowid: the seeded record keeps its own.
        expect(db.sqlite.prepare('SELECT key_id, entity_type, entity_id FROM search_keys').all()).toEqual([
          { key_id: SEARCH_ROWID, entity_type: 'conclusion', entity_id: SEED.conclusions.id },
        ]);
        // 0007 rebuilds the index without its own copy of the text: the record is still found,
        // by whole word and by a one-letter prefix.
        for (const q of ['ubnd', '"u"*', 'title : ("thang")']) {
          expect(db.sqlite.prepare('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').all(q), q).toEqual([{ rowid: SEARCH_ROWID }]);
        }
      }
      if (from >= 3) {
        // 0006 derives open/due from the task row: the seeded task is done, so not open.
        expect(db.sqlite.prepare('SELECT unit_id, role, open, due_date FROM task_units').all()).toEqual([
          { unit_id: SEED.units.id, role: 'lead', open: 0, due_date: SEED.tasks.due_date },
        ]);
      }
      expect(db.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.sqlite.pragma('foreign_key_check')).toEqual([]);
      db.sqlite.close();
    });
  }

  it('run a failing migration through the real runner: it rolls back whole and the earlier ones stay applied', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const raw = new BetterSqlite3(join(dir, 'x.sqlite'));
    const broken: Migration = {
      version: 3,
      name: '0003_broken',
      sql: 'CREATE TABLE half_done(x TEXT); INSERT INTO half_done VALUES (1); INSERT INTO no_such_table VALUES (1);',
    };
    const list = [...migrations.slice(0, 2), broken, ...migrations.slice(3)];
    expect(() => applyPendingMigrations(raw, list)).toThrow(/no_such_table/);
    expect(raw.pragma('user_version', { simple: true })).toBe(2);
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name IN ('half_done', 'tasks')").get()).toEqual({ n: 0 });
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'conclusions'").get()).toEqual({ n: 1 });
    // The fixed migration list then completes the same file.
    expect(applyPendingMigrations(raw, migrations)).toEqual(migrations.slice(2).map((m) => m.version));
    expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    raw.close();
  });

  it('apply nothing twice: a second runner over a current file finds every migration done', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const path = join(dir, 'twice.sqlite');
    const first = new BetterSqlite3(path);
    const second = new BetterSqlite3(path);
    expect(applyPendingMigrations(first, migrations)).toHaveLength(LATEST_SCHEMA_VERSION);
    // The second connection read user_version 0 before the first ran; the runner re-reads it
    // inside each transaction, so it skips instead of failing with "table meta already exists".
    expect(applyPendingMigrations(second, migrations)).toEqual([]);
    first.close();
    second.close();
  });

  it('keep every synced table shaped for exchange: text ids, clock, replica, tombstone', () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const db = openDatabase(join(dir, 'shape.sqlite'));
    const cols = columnsOf(db.sqlite);
    const unsynced = new Set(['meta', 'task_units', 'search_keys', 'change_log', 'install_keys', 'known_installs', 'exchange_history', 'exchange_peer_acks', 'exchange_backlog', 'exchange_conflicts', 'exchange_snapshot_heads']);
    // Every table is either listed as synced (written only by the write path) or kept local.
    expect(Object.keys(cols).filter((t) => !unsynced.has(t)).sort()).toEqual([...syncedTables].sort());
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

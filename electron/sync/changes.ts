/**
 * The one write path for synced tables. A service says what changes (insertRow, updateRow,
 * tombstoneRow); this module stamps the row (updated_at, HLC, install) and, in the same
 * transaction, appends the change to `change_log` with this install's next sequence number,
 * then brings the derived tables (task_units, search index) up to date for that row.
 *
 * Changes received from another install enter through applyReceivedChange: the same row
 * write, the same derived tables, and a log entry that keeps the change's origin, so the
 * change is never sent on as if it were made here.
 *
 * Ordering (see "Clock rule" in docs/ARCHITECTURE.md): one install's changes are ordered by its
 * sequence number; a change made after seeing another wins over it, whatever the clocks say;
 * only between changes that did not see each other does the HLC decide, field by field. The
 * first two are carried by each change's order stamp (`order`): its HLC stamp, or just past the
 * newest change of the row its install held, whichever is later. A row's `hlc` column holds the
 * order stamp of its newest change, so a received change newer than the row (the usual case)
 * is applied by one conditional UPDATE, without reading the row's log.
 */
import { AppError } from '../../shared/api/errors';
import type BetterSqlite3 from 'better-sqlite3';
import type { CoreContext } from '../core/context';
import { prepared } from '../db/query';
import { refreshDerived } from './derived';
import { formatHlc, parseHlc } from './hlc';
import { isSyncedTable, type RowChanges, type RowValues, type SyncedTable } from './synced-tables';

export type ChangeOp = 'insert' | 'update' | 'delete';
export type FieldValue = string | number | null;

/** A change as it travels: enough to rebuild the row on another install. */
export interface Change {
  /** Install that made the change. */
  origin: string;
  /** That install's own sequence number, 1, 2, 3 … without gaps. */
  seq: number;
  hlc: string;
  table: SyncedTable;
  rowId: string;
  op: ChangeOp;
  /** The columns set by the change with their new values (all of them for an insert). */
  fields: Record<string, FieldValue>;
  /** The row's newest change known to the origin when it made this one (null for a new row). */
  base: { origin: string; seq: number } | null;
  /**
   * What the change is ordered by against changes of other installs: `hlc`, or just past the
   * order of `base` when that is later (a PC whose clock is ahead), so it orders after every
   * change its install held for the row.
   */
  order: string;
}

/** A change as this install keeps it: its place in the local log and when it arrived. */
export interface LoggedChange extends Change {
  localSeq: number;
  /** null for a change made here; the time it was applied for one received from elsewhere. */
  receivedAt: string | null;
}

export type ApplyOutcome = 'applied' | 'superseded' | 'duplicate';

interface LogRow {
  local_seq: number;
  origin_install: string;
  origin_seq: number;
  hlc: string;
  table_name: string;
  row_id: string;
  op: string;
  fields_json: string;
  base_install: string | null;
  base_seq: number | null;
  received_at: string | null;
  order_hlc: string | null;
}

/** Columns the write path owns; a service or a package never sets them directly. */
const STAMP_COLUMNS = new Set(['hlc', 'replica_id']);

function inTransaction(ctx: CoreContext, body: () => void): void {
  if (ctx.sqlite.inTransaction) body();
  else ctx.sqlite.transaction(body).immediate();
}

function toLogged(r: LogRow): LoggedChange {
  return {
    localSeq: r.local_seq,
    origin: r.origin_install,
    seq: r.origin_seq,
    hlc: r.hlc,
    table: r.table_name as SyncedTable,
    rowId: r.row_id,
    op: r.op as ChangeOp,
    fields: JSON.parse(r.fields_json) as Record<string, FieldValue>,
    base: r.base_install !== null && r.base_seq !== null ? { origin: r.base_install, seq: r.base_seq } : null,
    order: r.order_hlc ?? r.hlc,
    receivedAt: r.received_at,
  };
}

/** The order stamp of a row's newest change: its `hlc` column (undefined for a row not here). */
function rowOrder(ctx: CoreContext, table: SyncedTable, rowId: string): string | undefined {
  return (prepared(ctx.sqlite, `SELECT hlc FROM ${table} WHERE id = ?`).get(rowId) as { hlc: string } | undefined)?.hlc;
}

function lastVersionOf(ctx: CoreContext, table: SyncedTable, rowId: string): { origin: string; seq: number } | null {
  const r = prepared(
    ctx.sqlite,
    'SELECT origin_install, origin_seq, local_seq FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY local_seq DESC LIMIT 1',
  ).get(table, rowId) as { origin_install: string; origin_seq: number; local_seq: number } | undefined;
  // A scoped package's snapshot written after the row's last logged change: an edit made now saw it.
  const snap = snapshotHeadOf(ctx, table, rowId);
  if (snap && (!r || snap.afterLocalSeq >= r.local_seq)) return { origin: snap.origin, seq: snap.seq };
  return r ? { origin: r.origin_install, seq: r.origin_seq } : null;
}

/** The order stamp of a new change: its own stamp, or the next one after the row's head when that is later. */
export function orderAfter(hlc: string, headOrder: string | undefined, installId: string): string {
  if (headOrder === undefined || hlc > headOrder) return hlc;
  const head = parseHlc(headOrder);
  const next = head.counter >= 99_999 ? { ms: head.ms + 1, counter: 0 } : { ms: head.ms, counter: head.counter + 1 };
  return formatHlc(next, installId);
}

/**
 * Where this database's clock stood: the last change made here (under any install id it had)
 * and the newest stamp of the rows logged when the change log was created. The clock resumes
 * past them, so it never goes backwards across a restart, even when the PC's clock is set back.
 */
export function lastLocalStamps(sqlite: CoreContext['sqlite']): string[] {
  const made = sqlite.prepare('SELECT hlc FROM change_log WHERE received_at IS NULL ORDER BY local_seq DESC LIMIT 1').get() as { hlc: string } | undefined;
  const floor = sqlite.prepare("SELECT value FROM meta WHERE key = 'hlc_floor'").get() as { value: string } | undefined;
  return [made?.hlc, floor?.value].filter((s): s is string => typeof s === 'string' && s.length > 0);
}

/** The highest sequence number of an install this database holds (0 when none). */
export function lastSeqOf(ctx: CoreContext, install: string): number {
  const r = prepared(ctx.sqlite, 'SELECT max(origin_seq) AS n FROM change_log WHERE origin_install = ?').get(install) as { n: number | null };
  return r.n ?? 0;
}

const LOG_INSERT = `INSERT INTO change_log (origin_install, origin_seq, hlc, table_name, row_id, op, fields_json, base_install, base_seq, received_at, order_hlc)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

function logValues(c: Change, receivedAt: string | null): FieldValue[] {
  return [c.origin, c.seq, c.hlc, c.table, c.rowId, c.op, JSON.stringify(c.fields), c.base?.origin ?? null, c.base?.seq ?? null, receivedAt, c.order === c.hlc ? null : c.order];
}

function appendLog(ctx: CoreContext, c: Change, receivedAt: string | null): void {
  prepared(ctx.sqlite, LOG_INSERT).run(...logValues(c, receivedAt));
}

/** Next sequence number and HLC stamp of this install, read inside the write transaction so a second process writing the same file (the CLI beside the app) never reuses one. */
function nextLocalStamp(ctx: CoreContext): { seq: number; hlc: string } {
  const last = prepared(
    ctx.sqlite,
    'SELECT origin_seq, hlc FROM change_log WHERE origin_install = ? ORDER BY origin_seq DESC LIMIT 1',
  ).get(ctx.install.id) as { origin_seq: number; hlc: string } | undefined;
  if (last) ctx.hlc.catchUp(last.hlc);
  return { seq: (last?.origin_seq ?? 0) + 1, hlc: ctx.hlc.tick() };
}

function definedEntries(values: object): Array<[string, FieldValue]> {
  return Object.entries(values).filter(([, v]) => v !== undefined) as Array<[string, FieldValue]>;
}

function insertSql(table: SyncedTable, columns: string[]): string {
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
}

function updateSql(table: SyncedTable, columns: string[]): string {
  return `UPDATE ${table} SET ${columns.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;
}

function readRow(ctx: CoreContext, table: SyncedTable, id: string): Record<string, FieldValue> | undefined {
  return prepared(ctx.sqlite, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, FieldValue> | undefined;
}

function withoutStamps(row: Record<string, FieldValue>): Record<string, FieldValue> {
  return Object.fromEntries(Object.entries(row).filter(([k]) => !STAMP_COLUMNS.has(k)));
}

function writeLocal(ctx: CoreContext, table: SyncedTable, rowId: string, op: ChangeOp, write: (stamp: { now: string; hlc: string }) => Record<string, FieldValue>): void {
  inTransaction(ctx, () => {
    const base = lastVersionOf(ctx, table, rowId);
    const { seq, hlc } = nextLocalStamp(ctx);
    const order = op === 'insert' ? hlc : orderAfter(hlc, rowOrder(ctx, table, rowId), ctx.install.id);
    // The row's hlc column names its newest change by the merge order (see orderAfter).
    const fields = write({ now: ctx.clock.now().toISOString(), hlc: order });
    appendLog(ctx, { origin: ctx.install.id, seq, hlc, table, rowId, op, fields, base, order }, null);
    refreshDerived(ctx, table, rowId);
  });
}

/** Inserts a new row of a synced table (inside the caller's transaction, or its own). */
export function insertRow<T extends SyncedTable>(ctx: CoreContext, table: T, values: RowValues<T> & { id: string }): void {
  writeLocal(ctx, table, values.id, 'insert', ({ now, hlc }) => {
    const entries: Array<[string, FieldValue]> = [
      ...definedEntries(values),
      ['created_at', now],
      ['updated_at', now],
      ['hlc', hlc],
      ['replica_id', ctx.install.id],
      ['deleted_at', null],
    ];
    prepared(ctx.sqlite, insertSql(table, entries.map(([k]) => k))).run(...entries.map(([, v]) => v));
    // The log keeps the row as stored, defaults included, so another install rebuilds it exactly.
    return withoutStamps(readRow(ctx, table, values.id)!);
  });
}

function notFound(table: SyncedTable, id: string): AppError {
  return new AppError('NOT_FOUND', 'Không tìm thấy bản ghi cần sửa (có thể đã bị xóa).', `No ${table} row ${id} to change`);
}

/** Changes some columns of an existing row. */
export function updateRow<T extends SyncedTable>(ctx: CoreContext, table: T, id: string, changes: RowChanges<T>): void {
  writeLocal(ctx, table, id, 'update', ({ now, hlc }) => {
    const fields: Record<string, FieldValue> = { ...Object.fromEntries(definedEntries(changes)), updated_at: now };
    const entries: Array<[string, FieldValue]> = [...Object.entries(fields), ['hlc', hlc], ['replica_id', ctx.install.id]];
    const r = prepared(ctx.sqlite, updateSql(table, entries.map(([k]) => k))).run(...entries.map(([, v]) => v), id);
    if (r.changes === 0) throw notFound(table, id);
    return fields;
  });
}

/** Deletes a row as a tombstone: rows that travel between installs are never removed. */
export function tombstoneRow(ctx: CoreContext, table: SyncedTable, id: string): void {
  writeLocal(ctx, table, id, 'delete', ({ now, hlc }) => {
    const fields: Record<string, FieldValue> = { deleted_at: now, updated_at: now };
    const r = prepared(ctx.sqlite, updateSql(table, ['deleted_at', 'updated_at', 'hlc', 'replica_id'])).run(now, now, hlc, ctx.install.id, id);
    if (r.changes === 0) throw notFound(table, id);
    return fields;
  });
}

// ---------------------------------------------------------------------------------------------
// Changes from other installs

const columnCache = new WeakMap<CoreContext['sqlite'], Map<string, Set<string>>>();

function columnsOf(ctx: CoreContext, table: SyncedTable): Set<string> {
  let byTable = columnCache.get(ctx.sqlite);
  if (!byTable) columnCache.set(ctx.sqlite, (byTable = new Map()));
  let cols = byTable.get(table);
  if (!cols) {
    const info = ctx.sqlite.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>;
    cols = new Set(info.map((c) => c.name));
    byTable.set(table, cols);
  }
  return cols;
}

function badChange(detail: string): AppError {
  return new AppError('BAD_FILE', 'Gói dữ liệu chứa một thay đổi không hợp lệ; không có gì được ghi.', detail);
}

function checkShape(ctx: CoreContext, c: Change): void {
  if (!isSyncedTable(c.table)) throw badChange(`Change for unknown table ${String(c.table)}`);
  if (!Number.isSafeInteger(c.seq) || c.seq < 1) throw badChange(`Bad sequence number ${c.seq}`);
  if (!['insert', 'update', 'delete'].includes(c.op)) throw badChange(`Bad operation ${c.op}`);
  if (!/^\d{15}-\d{5}-/.test(c.hlc)) throw badChange(`Bad HLC stamp ${c.hlc}`);
  if (!/^\d{15}-\d{5}-/.test(c.order) || c.order < c.hlc) throw badChange(`Bad order stamp ${c.order}`);
  const cols = columnsOf(ctx, c.table);
  for (const [k, v] of Object.entries(c.fields)) {
    if (!cols.has(k) || STAMP_COLUMNS.has(k)) throw badChange(`Unknown column ${c.table}.${k}`);
    if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw badChange(`Bad value type for ${c.table}.${k}`);
  }
  if (c.op === 'insert' && c.fields.id !== c.rowId) throw badChange(`Insert of ${c.rowId} carries id ${String(c.fields.id)}`);
}

type Version = Pick<Change, 'origin' | 'seq' | 'order'>;

/**
 * Whether change a should win over change b for a field both set. One total order on every
 * install: a change made after seeing another has the later order stamp by construction
 * (orderAfter), whatever the clocks say, and through any number of installs in between; only
 * between changes that did not see each other do the clocks decide (the install id ends the
 * stamp, so there are no ties).
 */
export function supersedes(a: Version, b: Version): boolean {
  if (a.origin === b.origin) return a.seq > b.seq;
  return a.order > b.order;
}

/**
 * Applies changes received from another install (or replayed from a log) inside the caller's
 * transaction: one per `apply` call, in the order given. Idempotent: a change already held is a
 * 'duplicate'. Changes of one origin must arrive in its sequence order (a gap is refused). A
 * field set by a change that orders later keeps that value; the change is logged all the same
 * ('superseded' when it changed nothing), so it is never lost and never sent back as new.
 *
 * A receiver lives for one transaction: it remembers how far each origin has got, and with
 * `deferDerived` it refreshes the derived tables once per touched row in `finish` (a year of
 * edits to one meeting re-indexes it once) instead of after each change.
 */
/**
 * What a feature's rule says about one received change (the exchange's guard for issued
 * documents): fields not to apply here, and fields that win whatever the order. The change is
 * logged whole all the same, so it is relayed as its origin made it.
 */
export interface ReceiveRule {
  skip?: ReadonlySet<string>;
  force?: ReadonlySet<string>;
}

export interface ChangeReceiver {
  apply(change: Change, rule?: ReceiveRule): ApplyOutcome;
  /** Brings the derived tables of the touched rows up to date (with `deferDerived`). */
  finish(): void;
}

export function changeReceiver(ctx: CoreContext, options: { deferDerived?: boolean } = {}): ChangeReceiver {
  if (!ctx.sqlite.inTransaction) throw new Error('changeReceiver needs an open transaction');
  const lastSeq = new Map<string, number>();
  const touched = new Map<string, { table: SyncedTable; rowId: string }>();
  // Statements by table and set of columns: a package repeats a few shapes thousands of times.
  const newest = new Map<string, BetterSqlite3.Statement>();
  const log = ctx.sqlite.prepare(LOG_INSERT);
  const receivedAt = ctx.clock.now().toISOString();
  let observed = '';
  return {
    apply(change, rule = {}) {
      checkShape(ctx, change);
      // One origin's changes are held without gaps, so "held" is "at or below its highest".
      const last = lastSeq.get(change.origin) ?? lastSeqOf(ctx, change.origin);
      if (change.seq <= last) return 'duplicate';
      if (change.seq !== last + 1) {
        throw new AppError(
          'CONFLICT',
          'Thiếu một phần dữ liệu của máy gửi (các thay đổi không liền mạch). Hãy nhập các gói trước đó của máy này trước.',
          `Change ${change.origin}#${change.seq} arrives after #${last}`,
        );
      }
      const skip = rule.skip;
      const effective = skip && skip.size > 0 ? { ...change, fields: Object.fromEntries(Object.entries(change.fields).filter(([k]) => !skip.has(k))) } : change;
      let outcome: ApplyOutcome = applyIfNewest(ctx, effective, newest) ? 'applied' : applyMerged(ctx, effective);
      const forced = Object.entries(effective.fields).filter(([k]) => k !== 'id' && rule.force?.has(k));
      if (forced.length > 0 && prepared(ctx.sqlite, updateSql(change.table, forced.map(([k]) => k))).run(...forced.map(([, v]) => v), change.rowId).changes > 0) outcome = 'applied';
      log.run(...logValues(change, receivedAt));
      lastSeq.set(change.origin, change.seq);
      if (change.hlc > observed) {
        ctx.hlc.observe(change.hlc);
        observed = change.hlc;
      }
      if (outcome === 'applied') {
        if (options.deferDerived) touched.set(`${change.table}/${change.rowId}`, { table: change.table, rowId: change.rowId });
        else refreshDerived(ctx, change.table, change.rowId);
      }
      return outcome;
    },
    finish() {
      for (const t of touched.values()) refreshDerived(ctx, t.table, t.rowId);
      touched.clear();
    },
  };
}

/** Applies one received change (see changeReceiver), inside the caller's transaction or its own. */
export function applyReceivedChange(ctx: CoreContext, change: Change): ApplyOutcome {
  let outcome: ApplyOutcome = 'duplicate';
  inTransaction(ctx, () => {
    outcome = changeReceiver(ctx).apply(change);
  });
  return outcome;
}

/**
 * The usual case: the change orders after the row's newest (the row's hlc column), so every
 * field it sets wins. One statement; false when the row is absent or newer.
 */
function applyIfNewest(ctx: CoreContext, change: Change, statements: Map<string, BetterSqlite3.Statement>): boolean {
  const columns = Object.keys(change.fields).filter((k) => k !== 'id');
  const key = `${change.table} ${columns.join(' ')}`;
  let stmt = statements.get(key);
  if (!stmt) {
    stmt = ctx.sqlite.prepare(`UPDATE ${change.table} SET ${[...columns, 'hlc', 'replica_id'].map((k) => `${k} = ?`).join(', ')} WHERE id = ? AND hlc < ?`);
    statements.set(key, stmt);
  }
  const values = columns.map((k) => change.fields[k] ?? null);
  return stmt.run(...values, change.order, change.origin, change.rowId, change.order).changes > 0;
}

/** A new row, or a change that orders before the row's newest: each field goes to the change that orders last for it. */
function applyMerged(ctx: CoreContext, change: Change): ApplyOutcome {
  const history = (prepared(ctx.sqlite, 'SELECT * FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY local_seq').all(change.table, change.rowId) as LogRow[]).map(toLogged);
  const holderOf = (field: string): LoggedChange | undefined =>
    history.filter((h) => field in h.fields).reduce<LoggedChange | undefined>((best, h) => (!best || supersedes(h, best) ? h : best), undefined);
  const newest = history.reduce<Version>((best, h) => (supersedes(h, best) ? h : best), change);
  // The row's hlc and install columns name its newest change, whichever order changes came in.
  const stamps: Array<[string, FieldValue]> = [['hlc', newest.order], ['replica_id', newest.origin]];
  const exists = readRow(ctx, change.table, change.rowId) !== undefined;
  if (!exists && change.op === 'insert') {
    // Fields already changed by later changes that arrived first keep those values.
    const row = { ...change.fields };
    for (const field of Object.keys(row)) {
      const holder = holderOf(field);
      if (holder && !supersedes(change, holder)) row[field] = holder.fields[field] ?? null;
    }
    const entries: Array<[string, FieldValue]> = [...Object.entries(row), ...stamps];
    prepared(ctx.sqlite, insertSql(change.table, entries.map(([k]) => k))).run(...entries.map(([, v]) => v));
    return 'applied';
  }
  const winning = Object.entries(change.fields).filter(([field]) => {
    if (field === 'id') return false;
    const holder = holderOf(field);
    return !holder || supersedes(change, holder);
  });
  if (!exists || winning.length === 0) return 'superseded';
  const entries = newest === change ? [...winning, ...stamps] : winning;
  prepared(ctx.sqlite, updateSql(change.table, entries.map(([k]) => k))).run(...entries.map(([, v]) => v), change.rowId);
  return 'applied';
}

/** The log in local order after a position (0 for all): what a package of changes is made of. */
export function changesSince(ctx: CoreContext, afterLocalSeq: number, limit = 10_000): LoggedChange[] {
  return (prepared(ctx.sqlite, 'SELECT * FROM change_log WHERE local_seq > ? ORDER BY local_seq LIMIT ?').all(afterLocalSeq, limit) as LogRow[]).map(toLogged);
}

// ---------------------------------------------------------------------------------------------
// Row snapshots (scoped packages: "chỉ những gì liên quan đến một đơn vị")

/** A change's identity and place in the merge order. */
export interface VersionRef {
  origin: string;
  seq: number;
  order: string;
}

/**
 * A row as the sender holds it, not a change: its values (without the stamp columns), the
 * row's newest change (`head`) and, per column, the change that set the value (`versions`).
 * Applying one logs nothing and moves no per-origin watermark: the real changes still arrive,
 * idempotently, in a later ordinary package.
 */
export interface RowSnapshot {
  table: SyncedTable;
  rowId: string;
  values: Record<string, FieldValue>;
  head: VersionRef;
  versions: Record<string, VersionRef>;
}

interface SnapshotHead extends VersionRef {
  afterLocalSeq: number;
  versions: Record<string, VersionRef>;
}

function snapshotHeadOf(ctx: CoreContext, table: SyncedTable, rowId: string): SnapshotHead | undefined {
  const r = prepared(ctx.sqlite, 'SELECT origin_install, origin_seq, order_hlc, after_local_seq, versions_json FROM exchange_snapshot_heads WHERE table_name = ? AND row_id = ?').get(table, rowId) as
    | { origin_install: string; origin_seq: number; order_hlc: string; after_local_seq: number; versions_json: string }
    | undefined;
  if (!r) return undefined;
  return { origin: r.origin_install, seq: r.origin_seq, order: r.order_hlc, afterLocalSeq: r.after_local_seq, versions: JSON.parse(r.versions_json) as Record<string, VersionRef> };
}

function rowHistory(ctx: CoreContext, table: SyncedTable, rowId: string): LoggedChange[] {
  return (prepared(ctx.sqlite, 'SELECT * FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY local_seq').all(table, rowId) as LogRow[]).map(toLogged);
}

function holderIn(history: readonly LoggedChange[], field: string): LoggedChange | undefined {
  return history.filter((h) => field in h.fields).reduce<LoggedChange | undefined>((best, h) => (!best || supersedes(h, best) ? h : best), undefined);
}

/** The snapshot of a row as this install holds it (undefined when the row is not here). */
export function snapshotOfRow(ctx: CoreContext, table: SyncedTable, rowId: string): RowSnapshot | undefined {
  const row = readRow(ctx, table, rowId);
  if (!row) return undefined;
  const history = rowHistory(ctx, table, rowId);
  const ref = (c: Version): VersionRef => ({ origin: c.origin, seq: c.seq, order: c.order });
  const newest = history.reduce<LoggedChange | undefined>((best, h) => (!best || supersedes(h, best) ? h : best), undefined);
  const held = snapshotHeadOf(ctx, table, rowId);
  // The row's head: its newest logged change, or the snapshot it came from when that is newer.
  const head: VersionRef =
    held && (!newest || supersedes(held, newest)) ? ref(held) : newest ? ref(newest) : { origin: String(row.replica_id), seq: 0, order: String(row.hlc) };
  const values = withoutStamps(row);
  const versions: Record<string, VersionRef> = {};
  for (const field of Object.keys(values)) {
    if (field === 'id') continue;
    const holder = holderIn(history, field);
    const snap = held?.versions[field];
    const v = holder && snap ? (supersedes(snap, holder) ? snap : ref(holder)) : holder ? ref(holder) : snap;
    if (v) versions[field] = v;
  }
  return { table, rowId, values, head, versions };
}

/**
 * Fields of a received change that a snapshot applied here already covers: the snapshot held
 * that field at a change that orders at or after this one. They are logged, not re-applied.
 */
export function coveredBySnapshot(ctx: CoreContext, change: Change): Set<string> {
  const held = snapshotHeadOf(ctx, change.table, change.rowId);
  const out = new Set<string>();
  if (!held) return out;
  for (const field of Object.keys(change.fields)) {
    const v = field === 'id' ? held : held.versions[field];
    if (v && !supersedes(change, v)) out.add(field);
  }
  return out;
}

export type SnapshotOutcome = 'applied' | 'unchanged';

/**
 * What applying a snapshot would write (nothing is written here): the row is new, or these
 * fields, each newer in the snapshot than both this install's logged changes of it and any
 * snapshot applied before.
 */
export function snapshotWrites(ctx: CoreContext, snap: RowSnapshot): { row: Record<string, FieldValue> | undefined; held: SnapshotHead | undefined; writes: Array<[string, FieldValue]> } {
  const row = readRow(ctx, snap.table, snap.rowId);
  const held = snapshotHeadOf(ctx, snap.table, snap.rowId);
  if (!row) return { row, held, writes: Object.entries(snap.values) };
  const history = rowHistory(ctx, snap.table, snap.rowId);
  const writes = Object.entries(snap.values).filter(([field, value]) => {
    if (field === 'id' || row[field] === value) return false;
    const v = snap.versions[field] ?? snap.head;
    const holder = holderIn(history, field);
    if (holder && !supersedes(v, holder)) return false;
    const before = held?.versions[field] ?? held;
    return !before || supersedes(v, before);
  });
  return { row, held, writes };
}

/**
 * Applies row snapshots (inside the caller's transaction), parents before children as given.
 * A field is written when the snapshot's value is newer than what this install holds for it:
 * its logged changes here, and any earlier snapshot. Nothing goes to the change log.
 */
export function snapshotReceiver(ctx: CoreContext, packageId: string) {
  if (!ctx.sqlite.inTransaction) throw new Error('snapshotReceiver needs an open transaction');
  const touched = new Map<string, { table: SyncedTable; rowId: string }>();
  const localSeq = () => (prepared(ctx.sqlite, 'SELECT coalesce(max(local_seq), 0) AS n FROM change_log').get() as { n: number }).n;
  return {
    apply(snap: RowSnapshot): SnapshotOutcome {
      const { table, rowId } = snap;
      if (!isSyncedTable(table)) throw badChange(`Snapshot for unknown table ${String(table)}`);
      if (snap.values.id !== rowId) throw badChange(`Snapshot of ${rowId} carries id ${String(snap.values.id)}`);
      const orderOk = (v: VersionRef) => /^\d{15}-\d{5}-/.test(v.order) && Number.isSafeInteger(v.seq) && v.seq >= 0;
      if (!orderOk(snap.head) || Object.values(snap.versions).some((v) => !orderOk(v))) throw badChange(`Bad snapshot stamps for ${table}/${rowId}`);
      const cols = columnsOf(ctx, table);
      for (const [k, v] of Object.entries(snap.values)) {
        if (!cols.has(k) || STAMP_COLUMNS.has(k)) throw badChange(`Unknown column ${table}.${k}`);
        if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw badChange(`Bad value type for ${table}.${k}`);
      }
      const { row, held, writes } = snapshotWrites(ctx, snap);
      let wrote: boolean;
      if (!row) {
        const entries: Array<[string, FieldValue]> = [...Object.entries(snap.values), ['hlc', snap.head.order], ['replica_id', snap.head.origin]];
        prepared(ctx.sqlite, insertSql(table, entries.map(([k]) => k))).run(...entries.map(([, v]) => v));
        wrote = true;
      } else {
        const newer = String(row.hlc) < snap.head.order;
        const entries: Array<[string, FieldValue]> = [...writes, ...(newer ? ([['hlc', snap.head.order], ['replica_id', snap.head.origin]] as Array<[string, FieldValue]>) : [])];
        if (entries.length > 0) prepared(ctx.sqlite, updateSql(table, entries.map(([k]) => k))).run(...entries.map(([, v]) => v), rowId);
        wrote = writes.length > 0;
      }
      if (!held || supersedes(snap.head, held)) {
        prepared(
          ctx.sqlite,
          `INSERT INTO exchange_snapshot_heads (table_name, row_id, origin_install, origin_seq, order_hlc, after_local_seq, versions_json, package_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT (table_name, row_id) DO UPDATE SET origin_install = excluded.origin_install, origin_seq = excluded.origin_seq, order_hlc = excluded.order_hlc,
             after_local_seq = excluded.after_local_seq, versions_json = excluded.versions_json, package_id = excluded.package_id`,
        ).run(table, rowId, snap.head.origin, snap.head.seq, snap.head.order, localSeq(), JSON.stringify(snap.versions), packageId);
      }
      if (wrote) touched.set(`${table}/${rowId}`, { table, rowId });
      return wrote ? 'applied' : 'unchanged';
    },
    finish(): void {
      for (const t of touched.values()) refreshDerived(ctx, t.table, t.rowId);
      touched.clear();
    },
  };
}

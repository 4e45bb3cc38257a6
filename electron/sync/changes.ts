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
 * sequence number; a change made after seeing another (its `base`) wins over it; only between
 * changes that did not see each other does the HLC decide, field by field.
 */
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { prepared } from '../db/query';
import { refreshDerived } from './derived';
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
  /** The row's last change known to the origin when it made this one (null for a new row). */
  base: { origin: string; seq: number } | null;
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
    receivedAt: r.received_at,
  };
}

function lastVersionOf(ctx: CoreContext, table: SyncedTable, rowId: string): { origin: string; seq: number } | null {
  const r = prepared(
    ctx.sqlite,
    'SELECT origin_install, origin_seq FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY local_seq DESC LIMIT 1',
  ).get(table, rowId) as { origin_install: string; origin_seq: number } | undefined;
  return r ? { origin: r.origin_install, seq: r.origin_seq } : null;
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

function appendLog(ctx: CoreContext, c: Change, receivedAt: string | null): void {
  prepared(
    ctx.sqlite,
    `INSERT INTO change_log (origin_install, origin_seq, hlc, table_name, row_id, op, fields_json, base_install, base_seq, received_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(c.origin, c.seq, c.hlc, c.table, c.rowId, c.op, JSON.stringify(c.fields), c.base?.origin ?? null, c.base?.seq ?? null, receivedAt);
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
    const fields = write({ now: ctx.clock.now().toISOString(), hlc });
    appendLog(ctx, { origin: ctx.install.id, seq, hlc, table, rowId, op, fields, base }, null);
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
  const cols = columnsOf(ctx, c.table);
  for (const [k, v] of Object.entries(c.fields)) {
    if (!cols.has(k) || STAMP_COLUMNS.has(k)) throw badChange(`Unknown column ${c.table}.${k}`);
    if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw badChange(`Bad value type for ${c.table}.${k}`);
  }
  if (c.op === 'insert' && c.fields.id !== c.rowId) throw badChange(`Insert of ${c.rowId} carries id ${String(c.fields.id)}`);
}

type Version = Pick<Change, 'origin' | 'seq' | 'hlc' | 'base'>;

/** Whether change a should win over change b for a field both set. */
export function supersedes(a: Version, b: Version): boolean {
  if (a.origin === b.origin) return a.seq > b.seq;
  // One was made after seeing the other: the later one wins, whatever the clocks say.
  if (a.base && a.base.origin === b.origin && a.base.seq >= b.seq) return true;
  if (b.base && b.base.origin === a.origin && b.base.seq >= a.seq) return false;
  // Neither saw the other: the clock breaks the tie (the install id ends the stamp).
  return a.hlc > b.hlc;
}

/**
 * Applies one change received from another install (or replayed from a log), inside the
 * caller's transaction or its own. Idempotent: a change already held is a 'duplicate'. Changes
 * of one origin must arrive in its sequence order (a gap is refused). A field set more recently
 * by another change keeps that value; the change is logged all the same ('superseded' when it
 * changed nothing), so it is never lost and never sent back as new.
 */
export function applyReceivedChange(ctx: CoreContext, change: Change): ApplyOutcome {
  let outcome: ApplyOutcome = 'duplicate';
  inTransaction(ctx, () => {
    checkShape(ctx, change);
    const held = prepared(ctx.sqlite, 'SELECT 1 FROM change_log WHERE origin_install = ? AND origin_seq = ?').get(change.origin, change.seq);
    if (held) return;
    const last = lastSeqOf(ctx, change.origin);
    if (change.seq !== last + 1) {
      throw new AppError(
        'CONFLICT',
        'Thiếu một phần dữ liệu của máy gửi (các thay đổi không liền mạch). Hãy nhập các gói trước đó của máy này trước.',
        `Change ${change.origin}#${change.seq} arrives after #${last}`,
      );
    }
    const history = (prepared(ctx.sqlite, 'SELECT * FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY local_seq').all(change.table, change.rowId) as LogRow[]).map(toLogged);
    const holderOf = (field: string): LoggedChange | undefined =>
      history.filter((h) => field in h.fields).reduce<LoggedChange | undefined>((best, h) => (!best || supersedes(h, best) ? h : best), undefined);

    const winning: Array<[string, FieldValue]> = [];
    for (const [field, value] of Object.entries(change.fields)) {
      if (field === 'id') continue;
      const holder = holderOf(field);
      if (!holder || supersedes(change, holder)) winning.push([field, value]);
    }
    // The row's hlc and install columns name its newest change, whichever order changes came in.
    const newest = history.reduce<Version>((best, h) => (supersedes(h, best) ? h : best), change) === change;
    const stamps: Array<[string, FieldValue]> = newest ? [['hlc', change.hlc], ['replica_id', change.origin]] : [];
    const exists = readRow(ctx, change.table, change.rowId) !== undefined;
    if (!exists && change.op === 'insert') {
      // Fields already changed by later changes that arrived first keep those values.
      const row = { ...change.fields };
      for (const field of Object.keys(row)) {
        const holder = holderOf(field);
        if (holder && !supersedes(change, holder)) row[field] = holder.fields[field] ?? null;
      }
      const newestOther = history.reduce<Version | undefined>((best, h) => (!best || supersedes(h, best) ? h : best), undefined);
      const rowStamp = newest || !newestOther ? change : newestOther;
      const entries: Array<[string, FieldValue]> = [...Object.entries(row), ['hlc', rowStamp.hlc], ['replica_id', rowStamp.origin]];
      prepared(ctx.sqlite, insertSql(change.table, entries.map(([k]) => k))).run(...entries.map(([, v]) => v));
      outcome = 'applied';
    } else if (exists && winning.length + stamps.length > 0) {
      const entries = [...winning, ...stamps];
      prepared(ctx.sqlite, updateSql(change.table, entries.map(([k]) => k))).run(...entries.map(([, v]) => v), change.rowId);
      outcome = 'applied';
    } else {
      outcome = 'superseded';
    }
    appendLog(ctx, change, ctx.clock.now().toISOString());
    ctx.hlc.observe(change.hlc);
    if (outcome === 'applied') refreshDerived(ctx, change.table, change.rowId);
  });
  return outcome;
}

/** The log in local order after a position (0 for all): what a package of changes is made of. */
export function changesSince(ctx: CoreContext, afterLocalSeq: number, limit = 10_000): LoggedChange[] {
  return (prepared(ctx.sqlite, 'SELECT * FROM change_log WHERE local_seq > ? ORDER BY local_seq LIMIT ?').all(afterLocalSeq, limit) as LogRow[]).map(toLogged);
}

/**
 * Conflicts: both installs changed the same field since they last exchanged. The write path
 * already decides the winner (last writer wins per field, in the change log's order); this
 * finds the cases where a value lost to a change that had not seen it, so the losing value is
 * kept in `exchange_conflicts` and shown side by side in "Xung đột dữ liệu".
 *
 * Each install detects its conflicts from the same changes, so the list needs no travelling;
 * choosing the other value is an ordinary edit through the write path, which does travel.
 */
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { prepared, run } from '../db/query';
import { supersedes, type Change, type FieldValue } from '../sync/changes';
import type { SyncedTable } from '../sync/synced-tables';

/** Bookkeeping columns every edit touches: never a conflict of their own. */
const IGNORED_FIELDS = new Set(['id', 'created_at', 'updated_at', 'hlc', 'replica_id']);

interface Version {
  origin: string;
  seq: number;
  hlc: string;
  order: string;
  base: { origin: string; seq: number } | null;
  fields: Record<string, FieldValue>;
}

export interface DetectedConflict {
  table: SyncedTable;
  rowId: string;
  field: string;
  /** The value the write path keeps, and the one that loses. */
  kept: FieldValue;
  other: FieldValue;
  keptOrigin: string;
  otherOrigin: string;
  /** Whether the received change is the one that wins. */
  incomingWins: boolean;
}

/** Whether `a` was made after seeing `b` (b, or a later change of b's install, is among a's ancestors). */
function saw(ctx: CoreContext, a: Version, b: Version): boolean {
  let cur = a.base;
  for (let depth = 0; cur && depth < 1000; depth++) {
    if (cur.origin === b.origin && cur.seq >= b.seq) return true;
    const row = prepared(ctx.sqlite, 'SELECT base_install, base_seq FROM change_log WHERE origin_install = ? AND origin_seq = ?').get(cur.origin, cur.seq) as
      | { base_install: string | null; base_seq: number | null }
      | undefined;
    cur = row && row.base_install !== null && row.base_seq !== null ? { origin: row.base_install, seq: row.base_seq } : null;
  }
  return false;
}

function historyOf(ctx: CoreContext, table: string, rowId: string): Version[] {
  const rows = prepared(ctx.sqlite, 'SELECT origin_install, origin_seq, hlc, order_hlc, base_install, base_seq, fields_json FROM change_log WHERE table_name = ? AND row_id = ? ORDER BY local_seq').all(table, rowId) as Array<{
    origin_install: string;
    origin_seq: number;
    hlc: string;
    order_hlc: string | null;
    base_install: string | null;
    base_seq: number | null;
    fields_json: string;
  }>;
  return rows.map((r) => ({
    origin: r.origin_install,
    seq: r.origin_seq,
    hlc: r.hlc,
    order: r.order_hlc ?? r.hlc,
    base: r.base_install !== null && r.base_seq !== null ? { origin: r.base_install, seq: r.base_seq } : null,
    fields: JSON.parse(r.fields_json) as Record<string, FieldValue>,
  }));
}

/** Conflicts the given received changes would cause, judged against what this install holds now. */
export function detectConflicts(ctx: CoreContext, changes: readonly Change[]): DetectedConflict[] {
  const out: DetectedConflict[] = [];
  for (const c of changes) {
    const history = historyOf(ctx, c.table, c.rowId);
    if (history.length === 0) continue;
    for (const [field, value] of Object.entries(c.fields)) {
      if (IGNORED_FIELDS.has(field)) continue;
      const holder = history.filter((h) => field in h.fields).reduce<Version | undefined>((best, h) => (!best || supersedes(h, best) ? h : best), undefined);
      if (!holder || holder.origin === c.origin) continue;
      const held = holder.fields[field] ?? null;
      if (JSON.stringify(held) === JSON.stringify(value)) continue;
      if (saw(ctx, c, holder) || saw(ctx, holder, c)) continue;
      const incomingWins = supersedes(c, holder);
      out.push({
        table: c.table,
        rowId: c.rowId,
        field,
        kept: incomingWins ? value : held,
        other: incomingWins ? held : value,
        keptOrigin: incomingWins ? c.origin : holder.origin,
        otherOrigin: incomingWins ? holder.origin : c.origin,
        incomingWins,
      });
    }
  }
  return out;
}

export function recordConflicts(ctx: CoreContext, conflicts: readonly DetectedConflict[], packageId: string, kind: 'field' | 'issued' = 'field'): number {
  const now = ctx.clock.now().toISOString();
  for (const c of conflicts) {
    run(
      ctx.sqlite,
      ctx.qb.insertInto('exchange_conflicts').values({
        id: newId(),
        kind,
        detected_at: now,
        table_name: c.table,
        row_id: c.rowId,
        field: c.field,
        kept_value: JSON.stringify(c.kept),
        other_value: JSON.stringify(c.other),
        kept_origin: c.keptOrigin,
        other_origin: c.otherOrigin,
        package_id: packageId,
        resolved_at: null,
        resolution: null,
      }),
    );
  }
  return conflicts.length;
}

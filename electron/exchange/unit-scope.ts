/**
 * What a scoped package ("Chỉ những gì liên quan đến một đơn vị") carries: the unit's tasks (as
 * lead or supporting unit, deleted ones included so a deletion reaches the unit), their progress
 * reports and evidence rows, the issued conclusions that assign them, the units they name, and
 * every row those point at (meeting, term, a replaced conclusion …) so the receiver's foreign
 * keys hold. Tasks of a conclusion still in draft are not assigned yet and stay out. Rows are
 * given parents first, as row snapshots (see `RowSnapshot` in electron/sync/changes.ts).
 */
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { prepared } from '../db/query';
import { snapshotOfRow, type RowSnapshot } from '../sync/changes';
import { isSyncedTable, type SyncedTable } from '../sync/synced-tables';

export interface UnitScope {
  unitId: string;
  unitName: string;
  snapshots: RowSnapshot[];
}

function ids(ctx: CoreContext, sql: string, ...params: string[]): string[] {
  return (ctx.sqlite.prepare(sql).raw().all(...params) as string[][]).map((r) => r[0]!);
}

export function collectUnitScope(ctx: CoreContext, unitId: string): UnitScope {
  const unit = prepared(ctx.sqlite, 'SELECT id, short_name FROM units WHERE id = ? AND deleted_at IS NULL').get(unitId) as { id: string; short_name: string } | undefined;
  if (!unit) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị đã chọn (có thể đã bị xóa).', `no unit ${unitId}`);
  const taskIds = ids(
    ctx,
    `SELECT t.id FROM tasks t LEFT JOIN conclusions c ON c.id = t.conclusion_id
     WHERE (EXISTS (SELECT 1 FROM json_each(t.lead_unit_ids_json) WHERE value = ?) OR EXISTS (SELECT 1 FROM json_each(t.supporting_unit_ids_json) WHERE value = ?))
       AND (t.conclusion_id IS NULL OR c.status = 'issued')
     ORDER BY t.created_at, t.id`,
    unitId,
    unitId,
  );
  const wanted: Array<[SyncedTable, string]> = [['units', unitId]];
  const inTasks = (sql: string) => taskIds.flatMap((id) => ids(ctx, sql, ...Array<string>((sql.match(/\?/g) ?? []).length).fill(id)));
  for (const id of inTasks('SELECT conclusion_id FROM tasks WHERE id = ? AND conclusion_id IS NOT NULL')) wanted.push(['conclusions', id]);
  for (const id of inTasks('SELECT value FROM tasks, json_each(tasks.lead_unit_ids_json) WHERE tasks.id = ? UNION SELECT value FROM tasks, json_each(tasks.supporting_unit_ids_json) WHERE tasks.id = ?')) {
    wanted.push(['units', id]);
  }
  for (const id of taskIds) wanted.push(['tasks', id]);
  for (const id of inTasks('SELECT id FROM progress_reports WHERE task_id = ? ORDER BY report_date, created_at, id')) wanted.push(['progress_reports', id]);
  for (const id of inTasks('SELECT id FROM evidence_files WHERE task_id = ? ORDER BY created_at, id')) wanted.push(['evidence_files', id]);

  const out: RowSnapshot[] = [];
  const seen = new Set<string>();
  const foreignKeys = new Map<string, Array<{ from: string; table: string }>>();
  const fksOf = (table: SyncedTable) => {
    let fks = foreignKeys.get(table);
    if (!fks) foreignKeys.set(table, (fks = ctx.sqlite.prepare(`PRAGMA foreign_key_list(${table})`).all() as Array<{ from: string; table: string }>));
    return fks;
  };
  // Depth-first: every row a row points at goes before it.
  const visit = (table: SyncedTable, rowId: string) => {
    const key = `${table}/${rowId}`;
    if (seen.has(key)) return;
    seen.add(key);
    const snap = snapshotOfRow(ctx, table, rowId);
    if (!snap) return; // a unit id a task names but this install never had
    for (const fk of fksOf(table)) {
      const target = snap.values[fk.from];
      if (typeof target === 'string' && isSyncedTable(fk.table)) visit(fk.table, target);
    }
    out.push(snap);
  };
  for (const [table, id] of wanted) visit(table, id);
  return { unitId, unitName: unit.short_name, snapshots: out };
}

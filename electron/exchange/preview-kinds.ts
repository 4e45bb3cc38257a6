/**
 * The preview's table: what a package adds, changes and deletes, per kind of record the
 * office knows (hội nghị, kết luận, nhiệm vụ, báo cáo tiến độ, đơn vị …), counted per record
 * rather than per change.
 */
import type { CoreContext } from '../core/context';
import { prepared } from '../db/query';
import type { Change } from '../sync/changes';
import type { SyncedTable } from '../sync/synced-tables';

export type RecordKind = 'meetings' | 'conclusions' | 'tasks' | 'progress' | 'units' | 'register' | 'other';

export interface KindSummary {
  kind: RecordKind;
  label: string;
  added: number;
  changed: number;
  deleted: number;
}

const KIND_OF: Record<SyncedTable, RecordKind> = {
  meetings: 'meetings',
  conclusions: 'conclusions',
  conclusion_versions: 'conclusions',
  tasks: 'tasks',
  progress_reports: 'progress',
  evidence_files: 'progress',
  units: 'units',
  register_entries: 'register',
  register_start_numbers: 'register',
  register_history: 'register',
  register_desks: 'register',
  terms: 'other',
  profile: 'other',
  signers: 'other',
};

export const KIND_LABELS: Record<RecordKind, string> = {
  meetings: 'Hội nghị',
  conclusions: 'Kết luận, thông báo',
  tasks: 'Nhiệm vụ',
  progress: 'Báo cáo tiến độ',
  units: 'Đơn vị',
  register: 'Sổ văn bản đi',
  other: 'Thông tin cơ quan, nhiệm kỳ, người ký',
};

/** Version rows and evidence rows belong to their record; they are not counted as records of their own. */
const COUNTED: ReadonlySet<SyncedTable> = new Set(['meetings', 'conclusions', 'tasks', 'progress_reports', 'units', 'register_entries', 'terms', 'profile', 'signers']);

export function describeChanges(ctx: CoreContext, changes: readonly Change[]): KindSummary[] {
  const perRow = new Map<string, { table: SyncedTable; inserted: boolean; deleted: boolean }>();
  for (const c of changes) {
    if (!COUNTED.has(c.table)) continue;
    const key = `${c.table}/${c.rowId}`;
    const row = perRow.get(key) ?? { table: c.table, inserted: false, deleted: false };
    if (c.op === 'insert') row.inserted = true;
    if (c.op === 'delete') row.deleted = true;
    perRow.set(key, row);
  }
  const summary = new Map<RecordKind, KindSummary>();
  for (const [key, row] of perRow) {
    const kind = KIND_OF[row.table];
    const s = summary.get(kind) ?? { kind, label: KIND_LABELS[kind], added: 0, changed: 0, deleted: 0 };
    const exists = prepared(ctx.sqlite, `SELECT 1 FROM ${row.table} WHERE id = ?`).get(key.slice(row.table.length + 1)) !== undefined;
    if (row.deleted) {
      if (exists) s.deleted += 1;
    } else if (!exists && row.inserted) s.added += 1;
    else s.changed += 1;
    summary.set(kind, s);
  }
  const order: RecordKind[] = ['meetings', 'conclusions', 'tasks', 'progress', 'units', 'register', 'other'];
  return order.flatMap((k) => (summary.has(k) ? [summary.get(k) as KindSummary] : []));
}

/**
 * "Xung đột dữ liệu": the values that lost a merge, side by side with the ones kept, in the
 * office's words. Choosing the other value is an ordinary edit through the write path, so it
 * travels to the other installs like any change and ends the conflict everywhere.
 */
import { AppError } from '../../shared/api/errors';
import type { ConflictView } from '../../shared/exchange/schema';
import type { CoreContext } from '../core/context';
import { all, first, prepared, run } from '../db/query';
import { updateRow, type FieldValue } from '../sync/changes';
import { isSyncedTable, type SyncedTable } from '../sync/synced-tables';
import { findKnownInstall } from './known-installs';

const TITLE_COLUMN: Partial<Record<SyncedTable, { column: string; prefix: string }>> = {
  meetings: { column: 'subject', prefix: 'Hội nghị' },
  conclusions: { column: 'summary', prefix: 'Kết luận' },
  tasks: { column: 'content', prefix: 'Nhiệm vụ' },
  units: { column: 'short_name', prefix: 'Đơn vị' },
  progress_reports: { column: 'note', prefix: 'Báo cáo tiến độ' },
  register_entries: { column: 'number_symbol', prefix: 'Sổ văn bản đi' },
  terms: { column: 'name', prefix: 'Nhiệm kỳ' },
  profile: { column: 'committee', prefix: 'Thông tin cơ quan' },
  signers: { column: 'name', prefix: 'Người ký' },
};

const FIELD_LABELS: Record<string, string> = {
  subject: 'Nội dung / tên hội nghị',
  summary: 'Trích yếu',
  content: 'Nội dung',
  outline_json: 'Nội dung kết luận',
  preamble: 'Phần mở đầu',
  place: 'Địa điểm',
  date: 'Ngày',
  start_time: 'Giờ bắt đầu',
  end_time: 'Giờ kết thúc',
  notes: 'Ghi chú',
  status: 'Trạng thái',
  due_date: 'Thời hạn',
  lead_unit_ids_json: 'Đơn vị chủ trì',
  supporting_unit_ids_json: 'Đơn vị phối hợp',
  responsible_member: 'Đồng chí phụ trách',
  remarks: 'Ghi chú',
  short_name: 'Tên viết tắt',
  full_name: 'Tên đầy đủ',
  note: 'Nội dung báo cáo',
  name: 'Tên',
  committee: 'Tên cấp ủy',
  deleted_at: 'Đã xóa',
  recipients_json: 'Nơi nhận',
  attendees_json: 'Thành phần dự',
};

export function recordLabel(ctx: CoreContext, table: string, rowId: string): string {
  if (!isSyncedTable(table)) return table;
  const t = TITLE_COLUMN[table];
  if (!t) return table;
  const row = prepared(ctx.sqlite, `SELECT ${t.column} AS title FROM ${table} WHERE id = ?`).get(rowId) as { title: string | null } | undefined;
  const title = (row?.title ?? '').toString().slice(0, 120);
  return title ? `${t.prefix}: ${title}` : t.prefix;
}

export function fieldLabel(field: string): string {
  // A numbering conflict names the other entry in its field ("number:<id>").
  if (field.startsWith('number:')) return 'Số văn bản';
  return FIELD_LABELS[field] ?? field;
}

function installLabel(ctx: CoreContext, installId: string): string {
  if (installId === ctx.install.id) return 'Máy này';
  return findKnownInstall(ctx, installId)?.name ?? `Máy ${installId.slice(-8)}`;
}

export function listConflicts(ctx: CoreContext, options: { includeResolved: boolean }): ConflictView[] {
  let q = ctx.qb.selectFrom('exchange_conflicts').selectAll().orderBy('detected_at', 'desc').orderBy('id', 'desc').limit(1000);
  if (!options.includeResolved) q = q.where('resolved_at', 'is', null);
  return all(ctx.sqlite, q).map((c) => ({
    id: c.id,
    kind: c.kind,
    detectedAt: c.detected_at,
    table: c.table_name,
    rowId: c.row_id,
    recordLabel: recordLabel(ctx, c.table_name, c.row_id),
    field: c.field,
    fieldLabel: fieldLabel(c.field),
    kept: c.kept_value === null ? null : (JSON.parse(c.kept_value) as FieldValue),
    other: c.other_value === null ? null : (JSON.parse(c.other_value) as FieldValue),
    keptFrom: installLabel(ctx, c.kept_origin),
    otherFrom: installLabel(ctx, c.other_origin),
    resolvedAt: c.resolved_at,
    resolution: c.resolution,
    canChooseOther: c.kind === 'field' && c.resolved_at === null,
  }));
}

/** Keeps the value that is shown now, or puts the other one back (an edit that travels). */
export function resolveConflict(ctx: CoreContext, id: string, choice: 'keep' | 'other'): ConflictView {
  const c = first(ctx.sqlite, ctx.qb.selectFrom('exchange_conflicts').selectAll().where('id', '=', id));
  if (!c) throw new AppError('NOT_FOUND', 'Không tìm thấy xung đột này.', `conflict ${id}`);
  if (c.resolved_at) throw new AppError('CONFLICT', 'Xung đột này đã được xử lý.', `conflict ${id} resolved`);
  if (choice === 'other' && (c.kind !== 'field' || !isSyncedTable(c.table_name))) {
    throw new AppError('CONFLICT', 'Văn bản đã ban hành và số văn bản không thể đổi bằng gói dữ liệu; hãy xử lý bằng văn bản đính chính.', 'not a field conflict');
  }
  ctx.sqlite.transaction(() => {
    if (choice === 'other' && isSyncedTable(c.table_name)) {
      const value = c.other_value === null ? null : (JSON.parse(c.other_value) as FieldValue);
      updateRow(ctx, c.table_name, c.row_id, { [c.field]: value } as never);
    }
    run(
      ctx.sqlite,
      ctx.qb
        .updateTable('exchange_conflicts')
        .set({ resolved_at: ctx.clock.now().toISOString(), resolution: choice === 'other' ? 'Đã chọn giá trị kia' : 'Giữ giá trị hiện tại' })
        .where('id', '=', id),
    );
  }).immediate();
  return listConflicts(ctx, { includeResolved: true }).find((v) => v.id === id) as ConflictView;
}

/**
 * The office's numbering desk ("Máy này cấp số"): for each document type, the one install that
 * gives its numbers. Two PCs that both number the same type between two exchanges give the same
 * number twice; with a desk, the other PCs draft, and the clerk at the desk takes the number. A
 * non-desk install may still give one (a desk PC out of order), but only after a warning it
 * confirmed — and a number given twice all the same is kept and reported
 * (electron/exchange/numbering-conflicts.ts).
 *
 * One row per type with a fixed id (`desk-TB`), so every install agrees on one desk per type:
 * the last choice made on any install wins when packages meet, like any field.
 */
import { AppError } from '../../shared/api/errors';
import type { NumberingDesk, NumberingDesks } from '../../shared/register/schema';
import type { CoreContext } from '../core/context';
import { all, first } from '../db/query';
import { insertRow, tombstoneRow, updateRow } from '../sync/changes';

const deskId = (docType: string) => `desk-${docType}`;

function toDesk(ctx: CoreContext, r: { doc_type: string; install_id: string; install_name: string }): NumberingDesk {
  const here = r.install_id === ctx.install.id;
  return { docType: r.doc_type, installId: r.install_id, installName: here ? ctx.install.name : r.install_name, isThisInstall: here };
}

export function deskFor(ctx: CoreContext, docType: string): NumberingDesk | null {
  const r = first(ctx.sqlite, ctx.qb.selectFrom('register_desks').select(['doc_type', 'install_id', 'install_name']).where('id', '=', deskId(docType)).where('deleted_at', 'is', null));
  return r ? toDesk(ctx, r) : null;
}

export function listDesks(ctx: CoreContext): NumberingDesks {
  const rows = all(ctx.sqlite, ctx.qb.selectFrom('register_desks').select(['doc_type', 'install_id', 'install_name']).where('deleted_at', 'is', null).orderBy('doc_type'));
  return { thisInstall: { id: ctx.install.id, name: ctx.install.name }, desks: rows.map((r) => toDesk(ctx, r)) };
}

/** "Máy này cấp số" on or off for a type. Off only for this install's own desk: another PC gives it up there. */
export function setDesk(ctx: CoreContext, input: { docType: string; thisInstall: boolean }): NumberingDesks {
  ctx.sqlite
    .transaction(() => {
      const id = deskId(input.docType);
      const row = first(ctx.sqlite, ctx.qb.selectFrom('register_desks').select(['install_id', 'deleted_at']).where('id', '=', id));
      if (input.thisInstall) {
        const values = { install_id: ctx.install.id, install_name: ctx.install.name };
        if (!row) insertRow(ctx, 'register_desks', { id, doc_type: input.docType, ...values });
        else updateRow(ctx, 'register_desks', id, { ...values, deleted_at: null });
        return;
      }
      if (!row || row.deleted_at !== null) return;
      if (row.install_id !== ctx.install.id) {
        throw new AppError('CONFLICT', 'Máy cấp số của loại văn bản này là máy khác; muốn đổi, bật “Máy này cấp số” ở máy sẽ cấp số.', `Desk of ${input.docType} is ${row.install_id}`);
      }
      // Off: no desk for the type until a PC takes it (a tombstone, so the change travels).
      tombstoneRow(ctx, 'register_desks', id);
    })
    .immediate();
  return listDesks(ctx);
}

/** The warning a non-desk install shows before it gives a number of the type (null at the desk, or with no desk). */
export function notDeskWarning(ctx: CoreContext, docType: string): string | null {
  const desk = deskFor(ctx, docType);
  if (!desk || desk.isThisInstall) return null;
  return (
    `Máy cấp số loại ${docType} của văn phòng là “${desk.installName}”. Cấp số ở máy này có thể trùng với số máy đó cấp trước lần trao đổi dữ liệu tới. ` +
    'Nên soạn văn bản ở đây rồi nhờ máy cấp số cho số; chỉ cấp số ở máy này khi máy cấp số không dùng được.'
  );
}

/**
 * Refuses a number of the type on a non-desk install unless the clerk confirmed it. Checked in
 * the core for every way a number is given (Lấy số, Ban hành, công văn đôn đốc), so no screen
 * or CLI path can skip the question.
 */
export function assertDeskOrConfirmed(ctx: CoreContext, docType: string, confirmed: boolean): void {
  const warning = notDeskWarning(ctx, docType);
  if (!warning || confirmed) return;
  throw new AppError('CONFLICT', warning, `Not the numbering desk of ${docType}`, { notDeskConfirmed: 'Cần xác nhận cấp số ở máy không phải máy cấp số' });
}

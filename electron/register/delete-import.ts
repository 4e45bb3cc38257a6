/**
 * "Xoá văn bản nhập nhầm": an imported conclusion that should not be in the data (another
 * office's document, a wrong file) is removed with its tasks, as long as nobody has reported
 * progress on them — progress is the units' work and is never thrown away with a mistaken
 * import. Its register entry is not removed: it stays as "đã huỷ" with the reason, its number
 * stays used (numbers never repeat), and the history keeps the link to the deleted document.
 */
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { all, first } from '../db/query';
import { settleNumberingConflicts } from '../exchange/numbering-conflicts';
import { tombstoneRow } from '../sync/changes';
import { changeEntry } from './register-entries';

export function deleteImportedConclusion(ctx: CoreContext, input: { id: string; reason: string }): { id: string; cancelledNumber: string | null } {
  let cancelledNumber: string | null = null;
  ctx.sqlite
    .transaction(() => {
      const c = first(
        ctx.sqlite,
        ctx.qb.selectFrom('conclusions').select(['id', 'imported', 'number_symbol']).where('id', '=', input.id).where('deleted_at', 'is', null),
      );
      if (!c) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản này (có thể đã bị xoá).', `No conclusion ${input.id}`);
      if (c.imported !== 1) {
        throw new AppError(
          'CONFLICT',
          'Chỉ xoá được văn bản nhập từ tệp. Văn bản ban hành trong phần mềm đã vào sổ văn bản đi; nếu không phát hành thì dùng “Huỷ số” trong Sổ văn bản đi.',
          `Conclusion ${input.id} was not imported`,
        );
      }
      const tasks = all(ctx.sqlite, ctx.qb.selectFrom('tasks').select('id').where('conclusion_id', '=', input.id).where('deleted_at', 'is', null)).map((t) => t.id);
      const reported =
        tasks.length === 0
          ? 0
          : Number(
              first(
                ctx.sqlite,
                ctx.qb
                  .selectFrom('progress_reports')
                  .select((eb) => eb.fn.count<number>('task_id').distinct().as('n'))
                  .where('task_id', 'in', tasks)
                  .where('deleted_at', 'is', null),
              )?.n ?? 0,
            );
      if (reported > 0) {
        throw new AppError(
          'CONFLICT',
          `Không xoá được: ${reported} nhiệm vụ của văn bản này đã có báo cáo tiến độ. Tiến độ do các đơn vị báo cáo không bị xoá theo văn bản; nếu văn bản nhập sai nội dung, hãy sửa các trường sai.`,
          `Conclusion ${input.id} has progress on ${reported} tasks`,
        );
      }
      for (const taskId of tasks) tombstoneRow(ctx, 'tasks', taskId);
      const entries = all(
        ctx.sqlite,
        ctx.qb.selectFrom('register_entries').select(['id', 'number_symbol', 'cancelled_at']).where('conclusion_id', '=', input.id).where('deleted_at', 'is', null),
      );
      for (const e of entries) {
        changeEntry(
          ctx,
          e.id,
          'delete-import',
          {
            conclusion_id: null,
            ...(e.cancelled_at === null ? { cancelled_at: ctx.clock.now().toISOString(), cancel_reason: `Xoá văn bản nhập nhầm: ${input.reason}` } : {}),
          },
          input.reason,
        );
        cancelledNumber = e.number_symbol;
      }
      tombstoneRow(ctx, 'conclusions', input.id);
      settleNumberingConflicts(ctx);
    })
    .immediate();
  return { id: input.id, cancelledNumber };
}

/**
 * "Xoá văn bản nhập nhầm": an imported conclusion that should not be in the data (another
 * office's document, a wrong file) is removed with its tasks, as long as nobody has reported
 * progress on them — progress is the units' work and is never thrown away with a mistaken
 * import. Its register entry is not removed: it stays as "đã huỷ" with the reason, its number
 * stays used (numbers never repeat), and the history keeps the link to the deleted document.
 * The meeting the import made for it goes too, in the same transaction, when it holds nothing
 * else (no other conclusion, minutes not edited since the import); otherwise it stays and the
 * result says why (`electron/import/imported-meeting.ts`).
 */
import { AppError } from '../../shared/api/errors';
import type { CoreContext } from '../core/context';
import { all, first } from '../db/query';
import { settleNumberingConflicts } from '../exchange/numbering-conflicts';
import { formatShortDate } from '../../shared/text/party-date';
import { importedMeetingState } from '../import/imported-meeting';
import { tombstoneRow } from '../sync/changes';
import { changeEntry } from './register-entries';

export interface DeletedImport {
  id: string;
  cancelledNumber: string | null;
  /** The meeting the import made: deleted with the conclusion, or kept with the reason. */
  meeting: { id: string; deleted: boolean; keptBecause: string | null } | null;
  /** What was done, in Vietnamese, for the clerk. */
  message: string;
}

export function deleteImportedConclusion(ctx: CoreContext, input: { id: string; reason: string }): DeletedImport {
  let cancelledNumber: string | null = null;
  let meeting: DeletedImport['meeting'] = null;
  const said: string[] = [];
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
      const meetingState = importedMeetingState(ctx, input.id);
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
      said.push(`Đã xoá văn bản${c.number_symbol ? ` ${c.number_symbol}` : ''}${tasks.length > 0 ? ` cùng ${tasks.length} nhiệm vụ của văn bản` : ''}.`);
      if (meetingState.state === 'deletable') {
        tombstoneRow(ctx, 'meetings', meetingState.meetingId);
        meeting = { id: meetingState.meetingId, deleted: true, keptBecause: null };
        said.push(`Hội nghị ngày ${formatShortDate(meetingState.date)} tạo ra khi nhập văn bản này cũng đã được xoá.`);
      } else if (meetingState.state === 'kept') {
        meeting = { id: meetingState.meetingId, deleted: false, keptBecause: meetingState.reason };
        said.push(`Hội nghị ngày ${formatShortDate(meetingState.date)} được giữ lại vì ${meetingState.reason}.`);
      }
      if (cancelledNumber) said.push(`Số ${cancelledNumber} được giữ trong sổ văn bản đi, ghi “đã huỷ”.`);
      settleNumberingConflicts(ctx);
    })
    .immediate();
  return { id: input.id, cancelledNumber, meeting, message: said.join(' ') };
}

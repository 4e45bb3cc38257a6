import { closedStatuses, type ProgressReport, type Task, type TaskStatus } from '../../shared/tasks/schema';
import { nextOccurrence } from '../../shared/tasks/recurrence';
import type { CoreContext } from '../core/context';
import { newId } from '../db/ids';
import { all } from '../db/query';
import { insertRow, updateRow } from '../sync/changes';
import { distinctEvidence, storeEvidence } from './evidence-store';
import { getTask, insertTask, todayOf } from './tasks-service';

/**
 * Records a dated progress report. "Hoàn thành" after the due date becomes "hoàn thành
 * quá hạn". A recurring task that is completed opens its next occurrence.
 */
export function recordProgress(
  ctx: CoreContext,
  input: { taskId: string; status: TaskStatus; note: string; reportDate?: string; evidencePaths: string[] },
): Task {
  const task = getTask(ctx, input.taskId);
  const reportDate = input.reportDate ?? todayOf(ctx);
  let status = input.status;
  if (status === 'done' && task.dueDate && reportDate > task.dueDate) status = 'doneLate';
  // Files are copied before the transaction (content-addressed, so a rollback leaves no wrong data).
  const stored = distinctEvidence(input.evidencePaths.map((p) => storeEvidence(ctx, p)));
  ctx.sqlite
    .transaction(() => {
      const progressId = newId();
      insertRow(ctx, 'progress_reports', { id: progressId, task_id: task.id, report_date: reportDate, status, note: input.note });
      for (const e of stored) {
        insertRow(ctx, 'evidence_files', {
          id: newId(),
          progress_id: progressId,
          task_id: task.id,
          file_name: e.fileName,
          stored_name: e.storedName,
          sha256: e.sha256,
          size: e.size,
        });
      }
      const closed = closedStatuses.includes(status);
      // The task's write reindexes it, progress notes included.
      updateRow(ctx, 'tasks', task.id, { status, completed_date: closed ? reportDate : null, last_note: input.note || task.lastNote });
      const alreadyNext = all(ctx.sqlite, ctx.qb.selectFrom('tasks').select('id').where('recurs_from_id', '=', task.id).where('deleted_at', 'is', null));
      if ((status === 'done' || status === 'doneLate') && task.recurrence && task.dueDate && alreadyNext.length === 0) {
        insertTask(
          ctx,
          {
            conclusionId: task.conclusionId,
            content: task.content,
            leadUnitIds: task.leadUnitIds,
            supportingUnitIds: task.supportingUnitIds,
            leadUnitNames: task.leadUnitNames,
            supportingUnitNames: task.supportingUnitNames,
            responsibleMember: task.responsibleMember,
            dueDate: nextOccurrence(task.dueDate, task.recurrence),
            recurrence: task.recurrence,
            sourceBlockId: task.sourceBlockId,
            sourceSection: task.sourceSection,
            remarks: task.remarks,
          },
          { recursFromId: task.id },
        );
      }
    })
    .immediate();
  return getTask(ctx, task.id);
}

export function listProgress(ctx: CoreContext, taskId: string): ProgressReport[] {
  const reports = all(
    ctx.sqlite,
    ctx.qb
      .selectFrom('progress_reports')
      .selectAll()
      .where('task_id', '=', taskId)
      .where('deleted_at', 'is', null)
      .orderBy('report_date', 'desc')
      .orderBy('created_at', 'desc'),
  );
  const evidence = all(ctx.sqlite, ctx.qb.selectFrom('evidence_files').selectAll().where('task_id', '=', taskId).where('deleted_at', 'is', null));
  return reports.map((r) => ({
    id: r.id,
    reportDate: r.report_date,
    status: r.status as TaskStatus,
    note: r.note,
    createdAt: r.created_at,
    evidence: evidence
      .filter((e) => e.progress_id === r.id)
      .map((e) => ({ id: e.id, fileName: e.file_name, sha256: e.sha256, size: e.size, addedAt: e.created_at })),
  }));
}

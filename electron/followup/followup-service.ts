import { AppError } from '../../shared/api/errors';
import type { DocumentProfile } from '../../shared/document/document-parts';
import { slugOf } from '../../shared/document/file-name';
import { buildFollowUpSheetDocument, buildImplementationReportDocument, type FollowUpScope } from '../../shared/document/followup-documents';
import type { Task, TaskFilter } from '../../shared/tasks/schema';
import type { CoreContext } from '../core/context';
import { requireProfile } from '../profile/profile-service';
import { listTasks, todayOf } from '../tasks/tasks-service';
import { unitNameMap } from '../tasks/unit-names';
import { getConclusion } from '../conclusions/conclusions-service';
import { listUnits } from '../units/units-service';

const ALL = 100_000;

function allTasks(ctx: CoreContext, filter: Partial<TaskFilter>): Task[] {
  return listTasks(ctx, { view: 'all', unitRole: 'any', limit: ALL, offset: 0, ...filter }).items;
}

function documentProfile(ctx: CoreContext): DocumentProfile & { officeSigner: { name: string } | null } {
  const p = requireProfile(ctx);
  const officeSigner = p.signers.find((s) => /văn phòng/i.test(s.title)) ?? null;
  return { superiorCommittee: p.superiorCommittee, committee: p.committee, place: p.place, issuerAbbreviation: p.issuerAbbreviation, officeSigner };
}

async function target(ctx: CoreContext, path: string | undefined, fileName: string, ext: 'xlsx' | 'docx'): Promise<string | null> {
  const chosen =
    path ??
    (await ctx.dialogs.saveFile({
      title: 'Lưu bảng theo dõi',
      defaultName: fileName,
      filters: [ext === 'xlsx' ? { name: 'Bảng tính Excel', extensions: ['xlsx'] } : { name: 'Văn bản Word', extensions: ['docx'] }],
    }));
  if (chosen && !chosen.toLowerCase().endsWith(`.${ext}`)) {
    throw new AppError('VALIDATION', `Tên tệp phải có đuôi .${ext}.`, `Wrong extension: ${chosen}`);
  }
  return chosen;
}

export async function exportFollowUp(
  ctx: CoreContext,
  input: { format: 'xlsx' | 'docx'; from?: string; to?: string; unitId?: string; unitName?: string; conclusionId?: string; path?: string },
): Promise<{ path: string | null; fileName: string; rows: number }> {
  const filter: Partial<TaskFilter> = {
    ...(input.from ? { from: input.from } : {}),
    ...(input.to ? { to: input.to } : {}),
    ...(input.unitId ? { unitId: input.unitId } : {}),
    ...(input.unitName ? { unitName: input.unitName } : {}),
    ...(input.conclusionId ? { conclusionId: input.conclusionId } : {}),
  };
  const tasks = allTasks(ctx, filter);
  const profile = documentProfile(ctx);
  const today = todayOf(ctx);
  const scope: FollowUpScope = {
    from: input.from,
    to: input.to,
    unitName: input.unitId ? unitNameMap(ctx).get(input.unitId) : input.unitName,
    conclusionNumberSymbol: input.conclusionId ? (getConclusion(ctx, input.conclusionId).numberSymbol ?? undefined) : undefined,
  };
  const fileName = `bang-theo-doi-ket-luan_${today}${scope.unitName ? `_${slugOf(scope.unitName, 4)}` : ''}.${input.format}`;
  const path = await target(ctx, input.path, fileName, input.format);
  if (!path) return { path: null, fileName, rows: tasks.length };
  // Rendered and written in a job thread (a sheet of every task of years can be long), which
  // the clerk may cancel: the sheet only reads the data.
  if (input.format === 'xlsx') await ctx.jobs.run('followup.writeXlsx', { sheet: { committee: profile.committee, tasks, scope, today }, path }, { cancellable: true });
  else await ctx.jobs.run('document.writeDocx', { doc: buildFollowUpSheetDocument({ profile, tasks, scope, today, officeSigner: profile.officeSigner }), path }, { cancellable: true });
  return { path, fileName, rows: tasks.length };
}

export async function exportImplementationReport(
  ctx: CoreContext,
  input: { from: string; to: string; path?: string },
): Promise<{ path: string | null; fileName: string }> {
  if (input.from > input.to) {
    throw new AppError('VALIDATION', 'Ngày bắt đầu phải trước ngày kết thúc.', 'from > to', { from: 'Ngày bắt đầu phải trước ngày kết thúc' });
  }
  // The report picks the tasks of the period itself: undated tasks have no due date to filter on.
  const tasks = allTasks(ctx, {});
  const profile = documentProfile(ctx);
  const today = todayOf(ctx);
  const fileName = `bao-cao-ket-qua-thuc-hien-ket-luan_${input.from}_${input.to}.docx`;
  const path = await target(ctx, input.path, fileName, 'docx');
  if (!path) return { path: null, fileName };
  // Reports go up to the first superior body of the directory ("Thường trực Thành ủy").
  const superior = listUnits(ctx, { includeInactive: false }).find((u) => u.isSuperior)?.shortName ?? null;
  const doc = buildImplementationReportDocument({
    profile,
    tasks,
    from: input.from,
    to: input.to,
    today,
    officeSigner: profile.officeSigner,
    superiorRecipient: superior,
  });
  await ctx.jobs.run('document.writeDocx', { doc, path }, { cancellable: true });
  return { path, fileName };
}

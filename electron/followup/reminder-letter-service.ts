/**
 * One click from the overdue view: a Công văn đôn đốc to a unit, numbered in the register as
 * a Công văn (CV) and saved as DOCX. The letter is rendered with the number the register
 * would give, then the number is taken in one transaction that checks it is still the next
 * one (another clerk may have taken it meanwhile: then it is rendered again with the new one).
 */
import { AppError } from '../../shared/api/errors';
import { buildReminderLetter, REMINDER_SUBJECT } from '../../shared/document/reminder-letter';
import { slugOf } from '../../shared/document/file-name';
import type { CoreContext } from '../core/context';
import { requireProfile } from '../profile/profile-service';
import { issuingTransaction } from '../register/numbering';
import { assertDeskOrConfirmed } from '../register/numbering-desk';
import { nextNumberOf, takeNumber } from '../register/register-service';
import { writeFileAtomic } from '../system/files';
import { listTasks, todayOf } from '../tasks/tasks-service';
import { unitNameMap } from '../tasks/unit-names';

const REPLY_WITHIN_DAYS = 7;

export async function writeReminderLetter(
  ctx: CoreContext,
  input: { unitId: string; path?: string | undefined; notDeskConfirmed?: boolean },
): Promise<{ path: string | null; fileName: string; numberSymbol: string | null; tasks: number }> {
  const profile = requireProfile(ctx);
  const unitName = unitNameMap(ctx).get(input.unitId);
  if (!unitName) throw new AppError('NOT_FOUND', 'Không tìm thấy đơn vị này trong danh mục.', `Unit ${input.unitId}`);
  const tasks = listTasks(ctx, { view: 'overdue', unitId: input.unitId, unitRole: 'lead', limit: 5000, offset: 0 }).items;
  if (tasks.length === 0) {
    throw new AppError('VALIDATION', `${unitName} không có nhiệm vụ quá hạn nào (do đơn vị chủ trì), không cần công văn đôn đốc.`, `No overdue tasks for ${input.unitId}`);
  }
  // Asked before the save dialog: a clerk who is not at the desk is not sent to pick a file first.
  assertDeskOrConfirmed(ctx, 'CV', input.notDeskConfirmed ?? false);
  const today = todayOf(ctx);
  const fileName = `cong-van-don-doc_${slugOf(unitName, 5)}_${today}.docx`;
  const path =
    input.path ?? (await ctx.dialogs.saveFile({ title: 'Lưu công văn đôn đốc', defaultName: fileName, filters: [{ name: 'Văn bản Word', extensions: ['docx'] }] }));
  if (!path) return { path: null, fileName, numberSymbol: null, tasks: tasks.length };
  if (!path.toLowerCase().endsWith('.docx')) throw new AppError('VALIDATION', 'Tên tệp phải có đuôi .docx.', `Wrong extension: ${path}`);

  const documentProfile = { superiorCommittee: profile.superiorCommittee, committee: profile.committee, place: profile.place, issuerAbbreviation: profile.issuerAbbreviation };
  const officeSigner = profile.signers.find((s) => /văn phòng/iu.test(s.title)) ?? null;
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const expected = nextNumberOf(ctx, 'CV');
    // Rendered in a job thread; written below once the number it carries is really taken.
    // Cancellable while it renders: no number is taken until it has returned, and once it has,
    // the number and the file follow on this thread without a pause a cancel could land in.
    const rendered = await ctx.jobs.run(
      'document.renderDocx',
      { doc: buildReminderLetter({ profile: documentProfile, unitName, tasks, numberSymbol: expected.numberSymbol, issueDate: today, replyWithinDays: REPLY_WITHIN_DAYS, officeSigner }) },
      { cancellable: true },
    );
    const bytes = Buffer.from(rendered.buffer, rendered.byteOffset, rendered.byteLength);
    let taken: string | null = null;
    issuingTransaction(ctx, () => {
      if (nextNumberOf(ctx, 'CV').number !== expected.number) return;
      taken = takeNumber(ctx, {
        docType: 'CV',
        summary: `${REMINDER_SUBJECT.replace(/^V\/v /u, 'về việc ')} (${unitName})`,
        issueDate: today,
        signerName: officeSigner?.name ?? '',
        recipientsText: `${unitName}; Thường trực Đảng ủy; Lưu VPĐU`,
        // The letter is dated the day it is made, not a date the clerk chose: nothing to confirm.
        confirmEarlierDate: true,
        notDeskConfirmed: input.notDeskConfirmed ?? false,
      }).numberSymbol;
    });
    if (taken) {
      writeFileAtomic(path, bytes);
      return { path, fileName, numberSymbol: taken, tasks: tasks.length };
    }
  }
  throw new AppError('CONFLICT', 'Số công văn vừa bị người khác lấy nhiều lần liên tiếp. Hãy thử lại.', 'CV number kept moving');
}

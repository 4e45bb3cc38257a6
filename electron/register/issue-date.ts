/**
 * The date a number is issued on. Numbers of a type follow issue dates through the term, so
 * a date outside the term, in the future or before the meeting it concludes is refused, and
 * a date earlier than a number already issued of that type is taken only once the clerk has
 * confirmed it (a late entry happens, but it is rarely meant). Called inside the issuing
 * transaction, so "the latest issued" is read under the same write lock as the number.
 */
import { AppError } from '../../shared/api/errors';
import { formatShortDate, parseIsoDate } from '../../shared/text/party-date';
import type { CoreContext } from '../core/context';
import { first } from '../db/query';
import { getTerm } from '../profile/terms';
import { localIsoDate } from '../system/clock';

export interface IssueDateCheck {
  termId: string;
  docType: string;
  issueDate: string;
  /** "Ngày ban hành" for a conclusion, "Ngày văn bản" for a number taken for a Word file. */
  label: string;
  /** The meeting the document concludes, when it has one. */
  meetingDate?: string | null;
  /** The clerk has confirmed a date earlier than the type's latest issued number. */
  confirmEarlier: boolean;
  /** The number this issue will take, named in the confirmation. */
  numberSymbol: string;
}

function refuse(label: string, message: string, detail: string): AppError {
  return new AppError('VALIDATION', `${label} ${message}.`, detail, { issueDate: `${label} ${message}` });
}

export function checkIssueDate(ctx: CoreContext, check: IssueDateCheck): void {
  const { label, issueDate } = check;
  if (!parseIsoDate(issueDate)) throw refuse(label, 'không hợp lệ', `Bad date ${issueDate}`);
  const today = localIsoDate(ctx.clock.now());
  if (issueDate > today) {
    throw refuse(label, `không được sau hôm nay (${formatShortDate(today)})`, `Issue date ${issueDate} is after today ${today}`);
  }
  const term = getTerm(ctx, check.termId);
  const year = Number(issueDate.slice(0, 4));
  if (term && (year < term.startYear || year > term.endYear)) {
    throw refuse(
      label,
      `phải trong nhiệm kỳ ${term.name} (${term.startYear}–${term.endYear}); nếu đã sang nhiệm kỳ mới, hãy bắt đầu nhiệm kỳ mới trong Cài đặt`,
      `Issue date ${issueDate} outside term ${term.id} (${term.startYear}-${term.endYear})`,
    );
  }
  if (check.meetingDate && issueDate < check.meetingDate) {
    throw refuse(label, `không được trước ngày họp (${formatShortDate(check.meetingDate)})`, `Issue date ${issueDate} before meeting ${check.meetingDate}`);
  }
  if (check.confirmEarlier) return;
  const latest = first(
    ctx.sqlite,
    ctx.qb
      .selectFrom('register_entries')
      .select(['number_symbol', 'issue_date'])
      .where('term_id', '=', check.termId)
      .where('doc_type', '=', check.docType)
      .where('deleted_at', 'is', null)
      .where('issue_date', '>', issueDate)
      .orderBy('issue_date', 'desc')
      .orderBy('number', 'desc'),
  );
  if (latest) {
    throw new AppError(
      'NEEDS_CONFIRMATION',
      `${label} ${formatShortDate(issueDate)} sớm hơn văn bản số ${latest.number_symbol} đã cấp ngày ${formatShortDate(latest.issue_date)}. Số văn bản thường theo thứ tự ngày ban hành; vẫn cấp số ${check.numberSymbol} với ngày ${formatShortDate(issueDate)}?`,
      `Issue date ${issueDate} is earlier than ${latest.number_symbol} of ${latest.issue_date}; needs confirmation`,
    );
  }
}

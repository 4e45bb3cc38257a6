/**
 * "Công văn đôn đốc": a letter to one unit listing its overdue tasks, asking it to finish
 * them and report. Party format: the usual header with "Số …-CV/ĐU" and the subject under
 * it, no title, a table of the tasks, the office's signature on the Ban Thường vụ's order.
 */
import type { Task } from '../tasks/schema';
import { formatPlaceDateLine, formatShortDate } from '../text/party-date';
import { buildRecipientLines, formatNumberLine, signatureBlock, type DocumentProfile } from './document-parts';
import type { BodyItem, DocumentTable, PartyDocument } from './model';

export const REMINDER_SUBJECT = 'V/v đôn đốc thực hiện nhiệm vụ quá hạn';

export interface ReminderLetterInput {
  profile: DocumentProfile;
  unitName: string;
  tasks: readonly Task[];
  numberSymbol: string | null;
  issueDate: string;
  /** Days given to report back. */
  replyWithinDays: number;
  officeSigner: { name: string } | null;
}

function paragraph(id: string, text: string): BodyItem {
  return { type: 'block', block: { id, kind: 'paragraph', runs: [{ text }] }, label: '' };
}

function conclusionOf(t: Task): string {
  if (!t.conclusionNumberSymbol) return '';
  return `${t.conclusionNumberSymbol}${t.conclusionDate ? ` ngày ${formatShortDate(t.conclusionDate)}` : ''}`;
}

export function buildReminderLetter(input: ReminderLetterInput): PartyDocument {
  const table: DocumentTable = {
    columnWidths: [0.07, 0.46, 0.2, 0.13, 0.14],
    allowRowSplit: true,
    header: ['STT', 'Nội dung nhiệm vụ', 'Theo văn bản', 'Thời hạn', 'Số ngày quá hạn'].map((text) => ({ text, bold: true, align: 'center' as const })),
    rows: input.tasks.map((t, i) => [
      { text: String(i + 1), align: 'center' as const },
      { text: t.content },
      { text: conclusionOf(t) },
      { text: t.dueDate ? formatShortDate(t.dueDate) : '', align: 'center' as const },
      { text: t.daysOverdue ? String(t.daysOverdue) : '', align: 'center' as const },
    ]),
  };
  const sources = [...new Set(input.tasks.map(conclusionOf).filter(Boolean))];
  const basis = sources.length
    ? `Thực hiện ${sources.length > 1 ? 'các Thông báo kết luận' : 'Thông báo kết luận'} số ${sources.join('; ')} của Ban Thường vụ Đảng ủy,`
    : 'Thực hiện các kết luận của Ban Thường vụ Đảng ủy,';
  const count = input.tasks.length;
  const body: BodyItem[] = [
    paragraph(
      'basis',
      `${basis} qua theo dõi, đến ngày ${formatShortDate(input.issueDate)}, ${input.unitName} còn ${count} nhiệm vụ đã quá thời hạn nhưng chưa báo cáo hoàn thành, cụ thể như sau:`,
    ),
    { type: 'table', table },
    paragraph(
      'ask',
      `Thừa lệnh Ban Thường vụ, Văn phòng Đảng ủy đề nghị ${input.unitName} khẩn trương chỉ đạo hoàn thành các nhiệm vụ trên; báo cáo kết quả thực hiện (bằng văn bản) về Ban Thường vụ Đảng ủy (qua Văn phòng Đảng ủy) trong thời hạn ${input.replyWithinDays} ngày kể từ ngày nhận được Công văn này.`,
    ),
    paragraph('close', 'Văn phòng Đảng ủy trân trọng đề nghị./.'),
  ];
  return {
    header: {
      superiorCommittee: input.profile.superiorCommittee,
      committee: input.profile.committee,
      numberLine: formatNumberLine(input.numberSymbol, 'CV', input.profile.issuerAbbreviation),
      placeDateLine: formatPlaceDateLine(input.profile.place, input.issueDate),
      marks: [],
      subjectLine: REMINDER_SUBJECT,
    },
    // A Công văn prints no title; "Kính gửi" stands where the title would.
    title: { documentType: '', subtitle: null, summary: `Kính gửi: ${input.unitName}` },
    body,
    signatures: [signatureBlock({ authority: 'T/L', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', signerName: input.officeSigner?.name ?? '' })],
    recipients: buildRecipientLines([{ text: 'Như trên' }, { text: 'Thường trực Đảng ủy', forReport: true }], input.profile.issuerAbbreviation),
    orientation: 'portrait',
  };
}

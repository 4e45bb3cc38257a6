import { z } from 'zod';

/** Party document type abbreviations (Hướng dẫn 36-HD/VPTW). */
export const documentTypes = {
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  CT: 'Chỉ thị',
  KL: 'Kết luận',
  QC: 'Quy chế',
  QĐi: 'Quy định',
  TT: 'Thông tri',
  HD: 'Hướng dẫn',
  TB: 'Thông báo',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  ĐA: 'Đề án',
  PA: 'Phương án',
  CV: 'Công văn',
  BB: 'Biên bản',
} as const;
export type DocumentType = keyof typeof documentTypes;
export const documentTypeSchema = z.enum(Object.keys(documentTypes) as [DocumentType, ...DocumentType[]]);

/** "62-TB/ĐU": numbers below 10 take a leading zero. */
export function formatNumberSymbol(number: number, type: string, issuer: string): string {
  return `${number < 10 ? `0${number}` : number}-${type}/${issuer}`;
}

export const registerEntrySchema = z.object({
  id: z.string(),
  termId: z.string(),
  termName: z.string(),
  docType: z.string(),
  number: z.number().int(),
  numberSymbol: z.string(),
  issueDate: z.string(),
  summary: z.string(),
  signerName: z.string(),
  recipientsText: z.string(),
  conclusionId: z.string().nullable(),
  /** The install that gave the number, named only when it is not this one. */
  issuedElsewhere: z.string().nullable(),
  /** "Huỷ số": the entry stays and its number stays used, shown as "đã huỷ". */
  cancelled: z.boolean(),
  cancelReason: z.string(),
  /** Other entries of the same number (given on another install): a numbering conflict to settle. */
  duplicateOf: z.array(z.object({ id: z.string(), numberSymbol: z.string(), issuedBy: z.string(), summary: z.string() })),
  /** How many corrections the entry's history holds. */
  historyCount: z.number().int(),
});
export type RegisterEntry = z.infer<typeof registerEntrySchema>;

export const termRowSchema = z.object({
  id: z.string(),
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  current: z.boolean(),
});

/**
 * The types an office numbers most, in the order "Lấy số văn bản" and the first-run question
 * offer them; every other type of `documentTypes` stays choosable.
 */
export const commonOutgoingTypes: readonly DocumentType[] = ['TB', 'KL', 'BC', 'CV', 'KH', 'TTr', 'QĐ', 'CTr', 'NQ'];

/** "Lấy số văn bản": a document written elsewhere (Word) takes its number from the register. */
export const takeNumberInputSchema = z.object({
  docType: documentTypeSchema,
  summary: z.string().trim().min(1, 'Nhập trích yếu nội dung văn bản').max(2000),
  issueDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'Nhập ngày văn bản'),
  signerName: z.string().trim().max(200).default(''),
  recipientsText: z.string().trim().max(4000).default(''),
  /** This install is not the type's numbering desk and the clerk read the warning and goes on. */
  notDeskConfirmed: z.boolean().default(false),
  /** Answers NEEDS_CONFIRMATION: a date earlier than the type's latest issued number is meant. */
  confirmEarlierDate: z.boolean().default(false),
});
export type TakeNumberInput = z.infer<typeof takeNumberInputSchema>;

/** The register's own columns (sổ đăng ký văn bản đi): the page, the XLSX and the DOCX share them. */
export const registerColumns = ['Số, ký hiệu', 'Ngày tháng', 'Tên loại và trích yếu nội dung', 'Người ký', 'Nơi nhận', 'Ghi chú'] as const;

/** "Công văn về …": the type's name leads the summary unless the summary already says it. */
export function registerSummary(entry: Pick<RegisterEntry, 'docType' | 'summary'>): string {
  const label = (documentTypes as Record<string, string>)[entry.docType];
  if (!label) return entry.summary;
  const folded = entry.summary.normalize('NFC').toLocaleLowerCase('vi');
  return folded.startsWith(label.toLocaleLowerCase('vi')) ? entry.summary : `${label} ${entry.summary}`.trim();
}

/** A correction of a register entry after the fact, as the history shows it. */
export const registerHistoryItemSchema = z.object({
  id: z.string(),
  entryId: z.string(),
  action: z.enum(['renumber', 'cancel', 'relink', 'delete-import']),
  actionLabel: z.string(),
  at: z.string(),
  old: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  new: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  reason: z.string(),
  byInstall: z.string(),
});
export type RegisterHistoryItem = z.infer<typeof registerHistoryItemSchema>;

const reasonSchema = z.string().trim().min(3, 'Ghi lý do (ít nhất vài chữ) để sổ lưu lại').max(1000);

/** "Sửa số": a number typed wrong (an import read 6200 for 62); the old value stays in the history. */
export const renumberInputSchema = z.object({
  id: z.string().min(1),
  number: z.number({ message: 'Nhập số đúng' }).int('Số phải là số nguyên').min(1, 'Số phải từ 1 trở lên').max(99999, 'Số quá lớn'),
  reason: reasonSchema,
});
export type RenumberInput = z.infer<typeof renumberInputSchema>;

/** "Huỷ số": the entry stays, shown as "đã huỷ"; its number is never given again. */
export const cancelEntryInputSchema = z.object({ id: z.string().min(1), reason: reasonSchema });
export type CancelEntryInput = z.infer<typeof cancelEntryInputSchema>;

/** "Máy này cấp số": the install that gives the numbers of a type for the office. */
export const numberingDeskSchema = z.object({ docType: z.string(), installId: z.string(), installName: z.string(), isThisInstall: z.boolean() });
export type NumberingDesk = z.infer<typeof numberingDeskSchema>;
export const numberingDesksSchema = z.object({ thisInstall: z.object({ id: z.string(), name: z.string() }), desks: z.array(numberingDeskSchema) });
export type NumberingDesks = z.infer<typeof numberingDesksSchema>;

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

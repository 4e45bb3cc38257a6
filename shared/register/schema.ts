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

/** The office profile: who issues the documents and who signs them. */
import { z } from 'zod';

export const signerSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().trim().min(1, 'Nhập họ và tên người ký').max(200),
  /** Position as said: "Bí thư", "Phó Bí thư thường trực", "Chánh Văn phòng". */
  title: z.string().trim().min(1, 'Nhập chức vụ').max(200),
});
export type Signer = z.infer<typeof signerSchema>;

export const termSchema = z.object({
  /** "khóa I" */
  name: z.string().trim().min(1, 'Nhập khóa').max(100),
  startYear: z.number().int().min(1945).max(2200),
  endYear: z.number().int().min(1945).max(2200),
});
export type TermInput = z.infer<typeof termSchema>;

export const profileInputSchema = z
  .object({
    /** "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" — spelling (ỦY/UỶ) kept exactly as typed. */
    superiorCommittee: z.string().trim().min(1, 'Nhập tên Đảng bộ cấp trên').max(300),
    /** "ĐẢNG ỦY XÃ KIẾN MINH" */
    committee: z.string().trim().min(1, 'Nhập tên Đảng ủy').max(300),
    /** Place name printed before the date: "Kiến Minh" */
    place: z.string().trim().min(1, 'Nhập địa danh ghi ngày tháng').max(200),
    /** Issuer abbreviation in number-symbols: "ĐU" */
    issuerAbbreviation: z
      .string()
      .trim()
      .min(1, 'Nhập chữ viết tắt cơ quan ban hành')
      .max(20)
      .regex(/^[\p{Lu}\p{N}]+$/u, 'Chữ viết tắt chỉ gồm chữ in hoa và số, ví dụ ĐU'),
    term: termSchema,
    signers: z.array(signerSchema).max(50),
  })
  .refine((p) => p.term.endYear > p.term.startYear, {
    message: 'Năm kết thúc nhiệm kỳ phải sau năm bắt đầu',
    path: ['term', 'endYear'],
  });
export type ProfileInput = z.infer<typeof profileInputSchema>;

/**
 * "Bắt đầu nhiệm kỳ mới": the new term's name and years. Numbering restarts at 01 in it;
 * the profile's own term fields only ever edit the term in use.
 */
export const newTermInputSchema = z
  .object({ term: termSchema })
  .refine((p) => p.term.endYear > p.term.startYear, {
    message: 'Năm kết thúc nhiệm kỳ phải sau năm bắt đầu',
    path: ['term', 'endYear'],
  });
export type NewTermInput = z.infer<typeof newTermInputSchema>;

export const profileSchema = z.object({
  superiorCommittee: z.string(),
  committee: z.string(),
  place: z.string(),
  issuerAbbreviation: z.string(),
  term: termSchema.extend({ id: z.string() }),
  signers: z.array(signerSchema),
  updatedAt: z.string(),
});
export type Profile = z.infer<typeof profileSchema>;

/** Archive line abbreviation: the office of the issuer ("ĐU" → "VPĐU"). */
export function officeAbbreviation(issuer: string): string {
  return `VP${issuer}`;
}

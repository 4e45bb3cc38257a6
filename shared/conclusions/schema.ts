/** Conclusions (Thông báo kết luận / Kết luận): a draft, then an issued, numbered document. */
import { z } from 'zod';
import { isoDateSchema } from '../api/common';
import { outlineBlockSchema } from '../document/outline';
import { meetingBodySchema } from '../meetings/schema';

export const conclusionKinds = ['TB', 'KL'] as const;
export type ConclusionKind = (typeof conclusionKinds)[number];
export const conclusionKindLabels: Record<ConclusionKind, string> = {
  TB: 'Thông báo kết luận',
  KL: 'Kết luận',
};

export const recipientSchema = z.object({
  /** A unit of the directory, or null for a free line. */
  unitId: z.string().nullable().default(null),
  /** As printed: "Thường trực Thành ủy", "Đ/c Bùi Văn Thăng, UVBTVTU, …" */
  text: z.string().trim().min(1).max(500),
  /** Superiors receive the document "để báo cáo". */
  forReport: z.boolean().default(false),
});
export type Recipient = z.infer<typeof recipientSchema>;

export const signatureSchema = z.object({
  authority: z.enum(['T/M', 'K/T', 'T/L', 'T/UQ']).nullable(),
  /** The body signed for, in capitals as printed: "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "BÍ THƯ". */
  onBehalfOf: z.string().trim().max(200).default(''),
  /** "BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "CHÁNH VĂN PHÒNG" */
  title: z.string().trim().max(200).default(''),
  signerName: z.string().trim().max(200).default(''),
  /** Signer from the office profile, when chosen from it. */
  signerId: z.string().nullable().default(null),
});
export type Signature = z.infer<typeof signatureSchema>;

export const urgencyMarks = ['KHẨN', 'THƯỢNG KHẨN', 'HỎA TỐC'] as const;
export const secrecyMarks = ['MẬT', 'TỐI MẬT', 'TUYỆT MẬT'] as const;

export const conclusionContentSchema = z.object({
  kind: z.enum(conclusionKinds),
  /** The body whose conclusion this is (drives the subtitle and the signature). */
  body: meetingBodySchema,
  meetingId: z.string().nullable().default(null),
  templateKey: z.string().nullable().default(null),
  /** "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY" — null for a plain "KẾT LUẬN". */
  subtitle: z.string().trim().max(500).nullable().default(null),
  /** Trích yếu: "về đánh giá kết quả …"; may hold line breaks. */
  summary: z.string().trim().max(2000).default(''),
  /** Opening paragraphs generated from the meeting, editable. One paragraph per line. */
  preamble: z.string().max(20_000).default(''),
  outline: z.array(outlineBlockSchema).max(5000).default([]),
  recipients: z.array(recipientSchema).max(200).default([]),
  signature: signatureSchema,
  urgency: z.enum(urgencyMarks).nullable().default(null),
  secrecy: z.enum(secrecyMarks).nullable().default(null),
});
export type ConclusionContent = z.infer<typeof conclusionContentSchema>;

export const conclusionStatuses = ['draft', 'issued'] as const;
export type ConclusionStatus = (typeof conclusionStatuses)[number];

export const conclusionSchema = conclusionContentSchema.extend({
  id: z.string(),
  status: z.enum(conclusionStatuses),
  /** Set when issued: "62-TB/ĐU" */
  numberSymbol: z.string().nullable(),
  number: z.number().int().nullable(),
  issueDate: isoDateSchema.nullable(),
  termId: z.string().nullable(),
  /** A correction is a new document that replaces an issued one. */
  replacesId: z.string().nullable(),
  /** Imported from an existing document (import issue). */
  imported: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Conclusion = z.infer<typeof conclusionSchema>;

/**
 * The one structured model of a printable Party document. The DOCX writer
 * (electron/export/docx) and the in-app preview (renderer/document-preview) both render this
 * model, so what the user previews is what the file contains.
 *
 * Everything here is already decided text (labels computed, dates formatted, capitals
 * applied) except typography, which belongs to the format rules (shared/document/format-rules).
 */
import type { OutlineBlock } from './outline';

export type SignatureAuthority = 'T/M' | 'K/T' | 'T/L' | 'T/UQ';
export const signatureAuthorities: readonly SignatureAuthority[] = ['T/M', 'K/T', 'T/L', 'T/UQ'];

export type UrgencyMark = 'KHẨN' | 'THƯỢNG KHẨN' | 'HỎA TỐC';
export type SecrecyMark = 'MẬT' | 'TỐI MẬT' | 'TUYỆT MẬT';

export interface HeaderBlock {
  /** "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" — as typed by the user (case applied by the renderer). */
  superiorCommittee: string;
  /** "ĐẢNG ỦY XÃ KIẾN MINH" */
  committee: string;
  /** "Số 62-TB/ĐU"; for an unnumbered draft: "Số      -TB/ĐU" (blank number to fill by hand). */
  numberLine: string;
  /** "Kiến Minh, ngày 08 tháng 5 năm 2026"; a draft without date keeps the blanks. */
  placeDateLine: string;
  /** Marks printed under the number, in order: urgency, secrecy, draft. */
  marks: string[];
  /**
   * A Công văn has no title: its trích yếu ("V/v đôn đốc thực hiện …") stands under the
   * number instead. Absent on every other type.
   */
  subjectLine?: string | null;
}

export interface TitleBlock {
  /** "THÔNG BÁO", "KẾT LUẬN", "BIÊN BẢN" */
  documentType: string;
  /** Second title line, e.g. "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY"; null when absent. */
  subtitle: string | null;
  /** Trích yếu, starting lower-case "về …"; may span several lines (\n). Null when absent. */
  summary: string | null;
}

export interface SignatureBlock {
  /** "T/M BAN THƯỜNG VỤ" — authority + body, or null for a personal signature. */
  authorityLine: string | null;
  /** "BÍ THƯ", "CHÁNH VĂN PHÒNG", "NGƯỜI GHI BIÊN BẢN" */
  title: string;
  /** Full name, no academic titles; empty string leaves the line blank. */
  signerName: string;
}

export interface RecipientLine {
  /** "Thường trực Thành ủy (để báo cáo)," — punctuation already applied. */
  text: string;
}

export interface TableCell {
  text: string;
  bold?: boolean;
  align?: 'left' | 'center' | 'right';
}
export interface DocumentTable {
  /** Column widths as fractions of the text width (sum ≈ 1). */
  columnWidths: number[];
  header: TableCell[];
  rows: TableCell[][];
  /** Long registers (follow-up sheet) let a row break across pages instead of leaving gaps. */
  allowRowSplit?: boolean;
}

export type BodyItem =
  | { type: 'block'; block: OutlineBlock; label: string }
  | { type: 'table'; table: DocumentTable };

export interface PartyDocument {
  header: HeaderBlock;
  title: TitleBlock;
  body: BodyItem[];
  /**
   * Signatures at the end. One signature: right column, with recipients on the left.
   * Two signatures (minutes): left and right, recipients (if any) after them.
   */
  signatures: SignatureBlock[];
  recipients: RecipientLine[];
  /** Landscape pages are allowed only for wide appendix tables (follow-up sheet). */
  orientation: 'portrait' | 'landscape';
}

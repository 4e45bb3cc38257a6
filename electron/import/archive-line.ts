/**
 * The archive line, last of "Nơi nhận". The rule (HD 36, party-document-format.md) writes
 * "- Lưu VPĐU." — no colon, no state-style "VT" (văn thư); a district or province office
 * writes "Lưu Văn phòng Huyện ủy". Offices type "Lưu VT", "Lưu: VPĐU", "Lưu VT, VPĐU",
 * "Lưu VP". Import keeps the line as typed and proposes the rule's form; the review screen
 * replaces it only when the user agrees.
 */
import { foldForMatching } from '../../shared/text/fold';

export interface ArchiveLineReview {
  /** Index of the line in the recipients. */
  index: number;
  typed: string;
  /** The rule's form for this committee. */
  suggested: string;
}

const COMMITTEE_OFFICES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:ban thuong vu\s+)?huyen uy(?![\p{L}])/u, 'Văn phòng Huyện ủy'],
  [/^(?:ban thuong vu\s+)?quan uy(?![\p{L}])/u, 'Văn phòng Quận ủy'],
  [/^(?:ban thuong vu\s+)?thi uy(?![\p{L}])/u, 'Văn phòng Thị ủy'],
  [/^(?:ban thuong vu\s+)?thanh uy(?![\p{L}])/u, 'Văn phòng Thành ủy'],
  [/^(?:ban thuong vu\s+)?tinh uy(?![\p{L}])/u, 'Văn phòng Tỉnh ủy'],
];

/** "Lưu VPĐU" for a commune or ward; the committee's office for a higher level. */
export function archiveLineFor(committee: string | null): string {
  const folded = foldForMatching(committee ?? '').trim();
  const office = COMMITTEE_OFFICES.find(([re]) => re.test(folded))?.[1];
  return office ? `Lưu ${office}` : 'Lưu VPĐU';
}

const WELL_FORMED = /^Lưu (?:VPĐU|Văn phòng (?:Đảng ủy|Huyện ủy|Quận ủy|Thị ủy|Thành ủy|Tỉnh ủy))$/u;

/** The archive line when it is not in the rule's form, with the form proposed; else null. */
export function reviewArchiveLine(recipients: readonly string[], committee: string | null): ArchiveLineReview | null {
  const index = recipients.length - 1;
  const typed = recipients[index];
  if (typed === undefined || !/^luu(?![\p{L}])/u.test(foldForMatching(typed))) return null;
  if (WELL_FORMED.test(typed.trim())) return null;
  return { index, typed, suggested: archiveLineFor(committee) };
}

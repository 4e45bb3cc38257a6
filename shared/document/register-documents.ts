/**
 * The outgoing register (sổ đăng ký văn bản đi) as a printable Party document: the usual
 * header and title, then one table in the register's own columns. The XLSX writer uses the
 * same rows, so the two files never disagree.
 */
import { documentTypes, registerColumns, registerSummary, type RegisterEntry } from '../register/schema';
import { formatPlaceDateLine, formatShortDate } from '../text/party-date';
import type { DocumentProfile } from './document-parts';
import type { DocumentTable, PartyDocument } from './model';

export interface RegisterScope {
  termName?: string | undefined;
  year?: number | undefined;
  docType?: string | undefined;
}

/** "(nhiệm kỳ khóa I; năm 2026; loại: Báo cáo)" — null when unfiltered. */
export function registerScopeLine(scope: RegisterScope): string | null {
  const parts: string[] = [];
  if (scope.termName) parts.push(`nhiệm kỳ ${scope.termName}`);
  if (scope.year) parts.push(`năm ${scope.year}`);
  if (scope.docType) parts.push(`loại: ${(documentTypes as Record<string, string>)[scope.docType] ?? scope.docType}`);
  return parts.length ? `(${parts.join('; ')})` : null;
}

/** One row of the register as text, oldest first in the file as on paper. */
export function registerRow(entry: RegisterEntry): string[] {
  return [
    entry.numberSymbol,
    formatShortDate(entry.issueDate),
    registerSummary(entry),
    entry.signerName,
    entry.recipientsText,
    registerNote(entry),
  ];
}

/** The "Ghi chú" column: cancelled numbers, numbers given twice, where the number was given. */
export function registerNote(entry: Pick<RegisterEntry, 'conclusionId' | 'cancelled' | 'cancelReason' | 'duplicateOf' | 'issuedElsewhere'>): string {
  const notes: string[] = [];
  if (entry.cancelled) notes.push(`Đã huỷ${entry.cancelReason ? `: ${entry.cancelReason}` : ''}`);
  if (entry.duplicateOf.length > 0) notes.push(`Trùng số (${entry.duplicateOf.map((d) => d.issuedBy).join(', ')})`);
  if (entry.issuedElsewhere) notes.push(`Cấp tại ${entry.issuedElsewhere}`);
  if (!entry.conclusionId) notes.push('Soạn ngoài phần mềm');
  return notes.join('; ');
}

/** Paper registers run oldest first; the screen shows newest first. */
export function inRegisterOrder(entries: readonly RegisterEntry[]): RegisterEntry[] {
  return [...entries].sort((a, b) => a.issueDate.localeCompare(b.issueDate) || a.docType.localeCompare(b.docType) || a.number - b.number);
}

export function buildRegisterDocument(input: { profile: DocumentProfile; entries: readonly RegisterEntry[]; scope: RegisterScope; today: string }): PartyDocument {
  const table: DocumentTable = {
    columnWidths: [0.12, 0.1, 0.36, 0.14, 0.2, 0.08],
    allowRowSplit: true,
    header: registerColumns.map((text) => ({ text, bold: true, align: 'center' as const })),
    rows: inRegisterOrder(input.entries).map((e) =>
      registerRow(e).map((text, col) => ({ text, align: col <= 1 ? ('center' as const) : ('left' as const) })),
    ),
  };
  return {
    header: {
      superiorCommittee: input.profile.superiorCommittee,
      committee: input.profile.committee,
      // A register is a book, not an issued document: it carries no number of its own.
      numberLine: '',
      placeDateLine: formatPlaceDateLine(input.profile.place, input.today),
      marks: [],
    },
    title: { documentType: 'SỔ ĐĂNG KÝ VĂN BẢN ĐI', subtitle: null, summary: registerScopeLine(input.scope) },
    body: [{ type: 'table', table }],
    signatures: [],
    recipients: [],
    orientation: 'landscape',
  };
}

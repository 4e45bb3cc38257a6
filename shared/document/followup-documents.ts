/**
 * The follow-up sheet ("Bảng theo dõi thực hiện kết luận") and the implementation report,
 * as Party documents: same header, title and signature parts as a conclusion; the body is
 * tables. Pure, so a preview can render the same model.
 */
import { taskStatusLabels, taskStatuses, type Task } from '../tasks/schema';
import { formatPlaceDateLine, formatShortDate } from '../text/party-date';
import { buildRecipientLines, formatNumberLine, signatureBlock, type DocumentProfile } from './document-parts';
import type { BodyItem, DocumentTable, PartyDocument, SignatureBlock } from './model';

export interface FollowUpScope {
  from?: string | undefined;
  to?: string | undefined;
  unitName?: string | undefined;
  conclusionNumberSymbol?: string | undefined;
}

/** "(từ ngày 01/5/2026 đến ngày 31/5/2026; đơn vị: UBND xã)" — null when unfiltered. */
export function scopeLine(scope: FollowUpScope): string | null {
  const parts: string[] = [];
  if (scope.from && scope.to) parts.push(`thời hạn từ ngày ${formatShortDate(scope.from)} đến ngày ${formatShortDate(scope.to)}`);
  else if (scope.from) parts.push(`thời hạn từ ngày ${formatShortDate(scope.from)}`);
  else if (scope.to) parts.push(`thời hạn đến ngày ${formatShortDate(scope.to)}`);
  if (scope.unitName) parts.push(`đơn vị: ${scope.unitName}`);
  if (scope.conclusionNumberSymbol) parts.push(`Kết luận số ${scope.conclusionNumberSymbol}`);
  return parts.length ? `(${parts.join('; ')})` : null;
}

export const followUpColumns = [
  'STT',
  'Nội dung nhiệm vụ',
  'Kết luận (số, ngày)',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời hạn',
  'Tình trạng',
  'Kết quả, tiến độ',
  'Ghi chú',
] as const;

/** One row of the sheet, as text: the XLSX and DOCX writers share it. */
export function followUpRow(task: Task, index: number): string[] {
  const source = task.conclusionNumberSymbol
    ? `${task.conclusionNumberSymbol}${task.conclusionDate ? `, ${formatShortDate(task.conclusionDate)}` : ''}`
    : '';
  const status = `${taskStatusLabels[task.status]}${task.overdue ? ' (quá hạn)' : ''}`;
  return [
    String(index + 1),
    task.content,
    source,
    task.leadUnits.join(', '),
    task.supportingUnits.join(', '),
    task.dueDate ? formatShortDate(task.dueDate) : '',
    status,
    task.lastNote,
    [task.remarks, task.completedDate ? `Hoàn thành ngày ${formatShortDate(task.completedDate)}` : ''].filter(Boolean).join('; '),
  ];
}

function officeSignature(profileSigner: { name: string } | null): SignatureBlock {
  return signatureBlock({ authority: 'T/L', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', signerName: profileSigner?.name ?? '' });
}

function header(profile: DocumentProfile, type: string, today: string) {
  return {
    superiorCommittee: profile.superiorCommittee,
    committee: profile.committee,
    numberLine: formatNumberLine(null, type, profile.issuerAbbreviation),
    placeDateLine: formatPlaceDateLine(profile.place, today),
    marks: [],
  };
}

export function buildFollowUpSheetDocument(input: {
  profile: DocumentProfile;
  tasks: Task[];
  scope: FollowUpScope;
  today: string;
  officeSigner: { name: string } | null;
}): PartyDocument {
  const table: DocumentTable = {
    columnWidths: [0.05, 0.28, 0.1, 0.1, 0.09, 0.09, 0.09, 0.13, 0.07],
    allowRowSplit: true,
    header: followUpColumns.map((text) => ({ text, bold: true, align: 'center' as const })),
    rows: input.tasks.map((t, i) =>
      followUpRow(t, i).map((text, col) => ({ text, align: col === 0 || col === 5 ? ('center' as const) : ('left' as const) })),
    ),
  };
  return {
    header: header(input.profile, 'BC', input.today),
    title: { documentType: 'BẢNG THEO DÕI', subtitle: 'THỰC HIỆN KẾT LUẬN CỦA BAN THƯỜNG VỤ, THƯỜNG TRỰC ĐẢNG ỦY', summary: scopeLine(input.scope) },
    body: [{ type: 'table', table }],
    signatures: [officeSignature(input.officeSigner)],
    recipients: buildRecipientLines([{ text: 'Thường trực Đảng ủy', forReport: true }], input.profile.issuerAbbreviation),
    orientation: 'landscape',
  };
}

function paragraph(id: string, text: string, kind: 'paragraph' | 'heading2' = 'paragraph', label = ''): BodyItem {
  return { type: 'block', block: { id, kind, runs: [{ text }] }, label };
}

export function buildImplementationReportDocument(input: {
  profile: DocumentProfile;
  tasks: Task[];
  from: string;
  to: string;
  today: string;
  officeSigner: { name: string } | null;
  superiorRecipient: string | null;
}): PartyDocument {
  const { tasks } = input;
  const count = (pred: (t: Task) => boolean) => tasks.filter(pred).length;
  const overdue = tasks.filter((t) => t.overdue);
  const statusTable: DocumentTable = {
    columnWidths: [0.6, 0.2, 0.2],
    header: [{ text: 'Tình trạng', bold: true, align: 'center' }, { text: 'Số nhiệm vụ', bold: true, align: 'center' }, { text: 'Tỷ lệ', bold: true, align: 'center' }],
    rows: [
      ...taskStatuses.map((s) => {
        const n = count((t) => t.status === s);
        return [{ text: taskStatusLabels[s] }, { text: String(n), align: 'center' as const }, { text: pct(n, tasks.length), align: 'center' as const }];
      }),
      [{ text: 'Trong đó: quá hạn chưa hoàn thành', bold: true }, { text: String(overdue.length), align: 'center' as const }, { text: pct(overdue.length, tasks.length), align: 'center' as const }],
      [{ text: 'Tổng số', bold: true }, { text: String(tasks.length), bold: true, align: 'center' as const }, { text: tasks.length ? '100%' : '', align: 'center' as const }],
    ],
  };
  const units = new Map<string, Task[]>();
  for (const t of tasks) for (const u of t.leadUnits.length ? t.leadUnits : ['(chưa giao đơn vị)']) units.set(u, [...(units.get(u) ?? []), t]);
  const unitTable: DocumentTable = {
    columnWidths: [0.4, 0.15, 0.15, 0.15, 0.15],
    header: ['Đơn vị chủ trì', 'Được giao', 'Hoàn thành', 'Đang thực hiện', 'Quá hạn'].map((text) => ({ text, bold: true, align: 'center' as const })),
    rows: [...units.entries()].map(([name, list]) => [
      { text: name },
      { text: String(list.length), align: 'center' as const },
      { text: String(list.filter((t) => t.status === 'done' || t.status === 'doneLate').length), align: 'center' as const },
      { text: String(list.filter((t) => t.status === 'inProgress' || t.status === 'notStarted').length), align: 'center' as const },
      { text: String(list.filter((t) => t.overdue).length), align: 'center' as const },
    ]),
  };
  const overdueTable: DocumentTable = {
    columnWidths: [0.07, 0.44, 0.18, 0.13, 0.18],
    allowRowSplit: true,
    header: ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết luận'].map((text) => ({ text, bold: true, align: 'center' as const })),
    rows: overdue.map((t, i) => [
      { text: String(i + 1), align: 'center' as const },
      { text: t.content },
      { text: t.leadUnits.join(', ') },
      { text: t.dueDate ? formatShortDate(t.dueDate) : '', align: 'center' as const },
      { text: t.conclusionNumberSymbol ?? '' },
    ]),
  };
  const done = count((t) => t.status === 'done' || t.status === 'doneLate');
  const body: BodyItem[] = [
    paragraph(
      'intro',
      `Thực hiện chế độ thông tin, báo cáo, Văn phòng Đảng ủy tổng hợp kết quả thực hiện các nhiệm vụ được giao tại các thông báo kết luận, kết luận của Ban Thường vụ, Thường trực Đảng ủy có thời hạn từ ngày ${formatShortDate(input.from)} đến ngày ${formatShortDate(input.to)} như sau:`,
    ),
    paragraph('h1', 'Kết quả chung', 'heading2', '1.'),
    paragraph(
      'sum',
      `Tổng số ${tasks.length} nhiệm vụ; đã hoàn thành ${done} nhiệm vụ (${pct(done, tasks.length)}); ${overdue.length} nhiệm vụ quá hạn chưa hoàn thành.`,
    ),
    { type: 'table', table: statusTable },
    paragraph('h2', 'Kết quả theo đơn vị chủ trì', 'heading2', '2.'),
    { type: 'table', table: unitTable },
    paragraph('h3', 'Các nhiệm vụ quá hạn chưa hoàn thành', 'heading2', '3.'),
    overdue.length ? { type: 'table', table: overdueTable } : paragraph('none', 'Không có nhiệm vụ quá hạn.'),
    paragraph('h4', 'Đề xuất', 'heading2', '4.'),
    paragraph('prop', 'Đề nghị Thường trực Đảng ủy chỉ đạo các đơn vị có nhiệm vụ quá hạn khẩn trương hoàn thành, báo cáo kết quả về Văn phòng Đảng ủy.'),
  ];
  return {
    header: header(input.profile, 'BC', input.today),
    title: { documentType: 'BÁO CÁO', subtitle: null, summary: `kết quả thực hiện các kết luận của Ban Thường vụ, Thường trực Đảng ủy\ntừ ngày ${formatShortDate(input.from)} đến ngày ${formatShortDate(input.to)}` },
    body,
    signatures: [officeSignature(input.officeSigner)],
    recipients: buildRecipientLines(
      [
        ...(input.superiorRecipient ? [{ text: input.superiorRecipient, forReport: true }] : []),
        { text: 'Thường trực Đảng ủy', forReport: true },
      ],
      input.profile.issuerAbbreviation,
    ),
    orientation: 'portrait',
  };
}

function pct(n: number, total: number): string {
  if (!total) return '0%';
  return `${Math.round((n / total) * 1000) / 10}%`.replace('.', ',');
}

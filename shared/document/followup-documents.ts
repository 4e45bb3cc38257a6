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

/** Columns of the DOCX sheet; the XLSX has its own, typed (electron/followup/followup-xlsx). */
export const followUpColumns = [
  'STT',
  'Nội dung nhiệm vụ',
  'Kết luận (số, ngày)',
  'Đơn vị chủ trì',
  'Đơn vị phối hợp',
  'Thời hạn',
  'Tình trạng',
  'Kết quả, tiến độ, ghi chú',
] as const;

/** Done on time or late: the statuses that print "Hoàn thành". A deferred task is not done. */
export function isCompleted(task: Pick<Task, 'status'>): boolean {
  return task.status === 'done' || task.status === 'doneLate';
}

/** The user's remarks and, for a deferred task, since when it moved to the next period. */
function remarksOf(task: Task): string {
  const deferred = task.status === 'deferred' && task.completedDate ? `Chuyển kỳ sau từ ngày ${formatShortDate(task.completedDate)}` : '';
  return [task.remarks, deferred].filter(Boolean).join('; ');
}

/**
 * The status as printed in a narrow column: "Không thực hiện được / chuyển kỳ sau" with spaces
 * round the slash so it breaks between words, and the day a task was done.
 */
function statusText(task: Task): string {
  const label = taskStatusLabels[task.status].replace(/\s*\/\s*/gu, ' / ');
  const done = isCompleted(task) && task.completedDate ? ` ngày ${formatShortDate(task.completedDate)}` : '';
  return `${label}${done}${task.overdue ? ' (quá hạn)' : ''}`;
}

/** One row of the DOCX sheet, as text. The XLSX writes typed cells from the same task. */
export function followUpRow(task: Task, index: number): string[] {
  const source = task.conclusionNumberSymbol
    ? `${task.conclusionNumberSymbol}${task.conclusionDate ? `, ${formatShortDate(task.conclusionDate)}` : ''}`
    : '';
  return [
    String(index + 1),
    task.content,
    source,
    task.leadUnits.join(', '),
    task.supportingUnits.join(', '),
    task.dueDate ? formatShortDate(task.dueDate) : '',
    statusText(task),
    [task.lastNote, remarksOf(task)].filter(Boolean).join('\n'),
  ];
}

/** The XLSX row: numbers as numbers, dates as ISO dates the writer turns into date cells. */
export interface FollowUpRecord {
  index: number;
  content: string;
  conclusionNumber: string;
  conclusionDate: string | null;
  leadUnits: string;
  supportingUnits: string;
  dueDate: string | null;
  status: string;
  progress: string;
  /** Only for a task done (on time or late); a deferred task has none. */
  completedDate: string | null;
  remarks: string;
}

export function followUpRecord(task: Task, index: number): FollowUpRecord {
  return {
    index: index + 1,
    content: task.content,
    conclusionNumber: task.conclusionNumberSymbol ?? '',
    conclusionDate: task.conclusionDate,
    leadUnits: task.leadUnits.join(', '),
    supportingUnits: task.supportingUnits.join(', '),
    dueDate: task.dueDate,
    status: `${taskStatusLabels[task.status]}${task.overdue ? ' (quá hạn)' : ''}`,
    progress: task.lastNote,
    completedDate: isCompleted(task) ? task.completedDate : null,
    remarks: remarksOf(task),
  };
}

/**
 * The tasks a period report counts: those due within [from, to], and those with no due date
 * that were assigned by a conclusion issued by the end of the period and were still open at
 * its start (an undated task is a task of every period until it is closed). Without the
 * undated ones an imported archive reported "Tổng số 1 nhiệm vụ" out of 34.
 */
export function tasksOfPeriod<T extends Pick<Task, 'dueDate' | 'conclusionDate' | 'completedDate' | 'createdAt'>>(
  tasks: readonly T[],
  from: string,
  to: string,
): T[] {
  return tasks.filter((t) => {
    if (t.dueDate) return t.dueDate >= from && t.dueDate <= to;
    const assigned = t.conclusionDate ?? t.createdAt.slice(0, 10);
    if (assigned > to) return false;
    return t.completedDate === null || t.completedDate >= from;
  });
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
    // Landscape: the task text gets the most room; dates and numbers their whole width (the
    // writer widens any column whose longest word would not fit).
    columnWidths: [0.04, 0.38, 0.09, 0.1, 0.09, 0.08, 0.09, 0.13],
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
  // Every task of the period, the undated ones included; the caller may pass all tasks.
  const tasks = tasksOfPeriod(input.tasks, input.from, input.to);
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
  // Per lead unit; a task led jointly counts for each of its units, so the table closes with
  // the distinct total, which is the summary's.
  const units = new Map<string, Task[]>();
  for (const t of tasks) for (const u of t.leadUnits.length ? t.leadUnits : ['(chưa giao đơn vị)']) units.set(u, [...(units.get(u) ?? []), t]);
  const unitCounts = (list: readonly Task[]) => [
    list.length,
    list.filter(isCompleted).length,
    list.filter((t) => t.status === 'inProgress' || t.status === 'notStarted').length,
    list.filter((t) => t.status === 'deferred').length,
    list.filter((t) => t.overdue).length,
  ];
  const countCells = (counts: number[], bold = false) => counts.map((n) => ({ text: String(n), align: 'center' as const, bold }));
  const jointTasks = tasks.filter((t) => t.leadUnits.length > 1).length;
  const unitTable: DocumentTable = {
    columnWidths: [0.35, 0.13, 0.13, 0.13, 0.13, 0.13],
    header: ['Đơn vị chủ trì', 'Được giao', 'Hoàn thành', 'Đang, chưa thực hiện', 'Chuyển kỳ sau', 'Trong đó quá hạn'].map((text) => ({
      text,
      bold: true,
      align: 'center' as const,
    })),
    rows: [
      ...[...units.entries()].map(([name, list]) => [{ text: name }, ...countCells(unitCounts(list))]),
      [{ text: jointTasks > 0 ? 'Tổng số (mỗi nhiệm vụ tính một lần)' : 'Tổng số', bold: true }, ...countCells(unitCounts(tasks), true)],
    ],
  };
  const overdueTable: DocumentTable = {
    columnWidths: [0.06, 0.52, 0.16, 0.12, 0.14],
    header: ['STT', 'Nội dung nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết luận'].map((text) => ({ text, bold: true, align: 'center' as const })),
    rows: overdue.map((t, i) => [
      { text: String(i + 1), align: 'center' as const },
      { text: t.content },
      { text: t.leadUnits.join(', ') },
      { text: t.dueDate ? formatShortDate(t.dueDate) : '', align: 'center' as const },
      { text: t.conclusionNumberSymbol ?? '' },
    ]),
  };
  const done = count(isCompleted);
  const deferred = count((t) => t.status === 'deferred');
  const open = count((t) => t.status === 'inProgress' || t.status === 'notStarted');
  const body: BodyItem[] = [
    paragraph(
      'intro',
      `Thực hiện chế độ thông tin, báo cáo, Văn phòng Đảng ủy tổng hợp kết quả thực hiện các nhiệm vụ được giao tại các thông báo kết luận, kết luận của Ban Thường vụ, Thường trực Đảng ủy có thời hạn từ ngày ${formatShortDate(input.from)} đến ngày ${formatShortDate(input.to)} và các nhiệm vụ không ghi thời hạn còn thực hiện trong kỳ như sau:`,
    ),
    paragraph('h1', 'Kết quả chung', 'heading2', '1.'),
    paragraph(
      'sum',
      `Tổng số ${tasks.length} nhiệm vụ; đã hoàn thành ${done} nhiệm vụ (${pct(done, tasks.length)}); đang, chưa thực hiện ${open} nhiệm vụ; chuyển kỳ sau ${deferred} nhiệm vụ; ${overdue.length} nhiệm vụ quá hạn chưa hoàn thành.`,
    ),
    { type: 'table', table: statusTable },
    paragraph('h2', 'Kết quả theo đơn vị chủ trì', 'heading2', '2.'),
    { type: 'table', table: unitTable },
    ...(jointTasks > 0
      ? [paragraph('joint', `Có ${jointTasks} nhiệm vụ do nhiều đơn vị cùng chủ trì, được tính ở mỗi đơn vị chủ trì.`)]
      : []),
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

/**
 * The follow-up sheet as an Excel workbook, as offices keep it today — but filled for them.
 * Cells are typed so the office can sort, filter and count in Excel: numbers are numbers,
 * dates are date cells shown dd/mm/yyyy (whatever Excel's locale), the header row carries an
 * autofilter, and printed pages are numbered in the footer.
 */
import ExcelJS from 'exceljs';
import { followUpRecord, scopeLine, type FollowUpRecord, type FollowUpScope } from '../../shared/document/followup-documents';
import type { Task } from '../../shared/tasks/schema';
import { formatShortDate, parseIsoDate } from '../../shared/text/party-date';

const FONT = 'Times New Roman';
export const DATE_FORMAT = 'dd/mm/yyyy';
const HEADER_ROW = 5;

interface Column {
  header: string;
  width: number;
  value: (r: FollowUpRecord) => string | number | Date | null;
  kind: 'text' | 'number' | 'date';
}

/** An ISO date as the UTC midnight Excel stores (ExcelJS converts dates from UTC). */
export function excelDate(iso: string | null): Date | null {
  const d = iso ? parseIsoDate(iso) : null;
  return d ? new Date(Date.UTC(d.year, d.month - 1, d.day)) : null;
}

export const followUpSheetColumns: readonly Column[] = [
  { header: 'STT', width: 6, kind: 'number', value: (r) => r.index },
  { header: 'Nội dung nhiệm vụ', width: 60, kind: 'text', value: (r) => r.content },
  { header: 'Số kết luận', width: 14, kind: 'text', value: (r) => r.conclusionNumber },
  { header: 'Ngày kết luận', width: 13, kind: 'date', value: (r) => excelDate(r.conclusionDate) },
  { header: 'Đơn vị chủ trì', width: 22, kind: 'text', value: (r) => r.leadUnits },
  { header: 'Đơn vị phối hợp', width: 22, kind: 'text', value: (r) => r.supportingUnits },
  { header: 'Thời hạn', width: 13, kind: 'date', value: (r) => excelDate(r.dueDate) },
  { header: 'Tình trạng', width: 18, kind: 'text', value: (r) => r.status },
  { header: 'Kết quả, tiến độ', width: 40, kind: 'text', value: (r) => r.progress },
  { header: 'Ngày hoàn thành', width: 13, kind: 'date', value: (r) => excelDate(r.completedDate) },
  { header: 'Ghi chú', width: 20, kind: 'text', value: (r) => r.remarks },
];

export interface FollowUpWorkbookInput {
  committee: string;
  tasks: Task[];
  scope: FollowUpScope;
  today: string;
}

export async function followUpWorkbook(input: FollowUpWorkbookInput): Promise<Buffer> {
  const columns = followUpSheetColumns;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Văn phòng Đảng ủy';
  wb.created = excelDate(input.today) ?? new Date();
  const ws = wb.addWorksheet('Theo dõi thực hiện', {
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    headerFooter: { oddFooter: '&C&"Times New Roman"&11Trang &P/&N', evenFooter: '&C&"Times New Roman"&11Trang &P/&N' },
    views: [{ state: 'frozen', ySplit: HEADER_ROW }],
  });
  ws.columns = columns.map((c) => ({ width: c.width }));

  const title = (row: number, text: string, size: number, bold: boolean, italic = false) => {
    ws.mergeCells(row, 1, row, columns.length);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size, bold, italic };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  title(1, input.committee.toLocaleUpperCase('vi'), 13, true);
  title(2, 'BẢNG THEO DÕI THỰC HIỆN KẾT LUẬN CỦA BAN THƯỜNG VỤ, THƯỜNG TRỰC ĐẢNG ỦY', 14, true);
  title(3, scopeLine(input.scope) ?? `(cập nhật đến ngày ${formatShortDate(input.today)})`, 12, false, true);

  const headerRow = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  headerRow.height = 32;

  input.tasks.forEach((task, index) => {
    const record = followUpRecord(task, index);
    const row = ws.getRow(HEADER_ROW + 1 + index);
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      const value = c.value(record);
      cell.value = value === '' ? null : value;
      const overdueStatus = task.overdue && c.header === 'Tình trạng';
      cell.font = { name: FONT, size: 12, ...(overdueStatus ? { color: { argb: 'FFC00000' } } : {}) };
      if (c.kind === 'date') cell.numFmt = DATE_FORMAT;
      cell.alignment = { vertical: 'top', wrapText: c.kind === 'text', horizontal: c.kind === 'text' ? 'left' : 'center' };
    });
  });
  const last = HEADER_ROW + input.tasks.length;
  for (let r = HEADER_ROW; r <= last; r += 1) {
    for (let c = 1; c <= columns.length; c += 1) {
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  ws.autoFilter = { from: { row: HEADER_ROW, column: 1 }, to: { row: Math.max(last, HEADER_ROW), column: columns.length } };
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

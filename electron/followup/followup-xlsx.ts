/** The follow-up sheet as an Excel workbook, as offices keep it today — but filled for them. */
import ExcelJS from 'exceljs';
import { followUpColumns, followUpRow, scopeLine, type FollowUpScope } from '../../shared/document/followup-documents';
import type { Task } from '../../shared/tasks/schema';
import { formatShortDate } from '../../shared/text/party-date';

const FONT = 'Times New Roman';
const WIDTHS = [6, 60, 18, 22, 22, 12, 18, 40, 20];

export async function followUpWorkbook(input: { committee: string; tasks: Task[]; scope: FollowUpScope; today: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Văn phòng Đảng ủy';
  wb.created = new Date(`${input.today}T00:00:00`);
  const ws = wb.addWorksheet('Theo dõi thực hiện', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } },
    views: [{ state: 'frozen', ySplit: 5 }],
  });
  ws.columns = WIDTHS.map((width) => ({ width }));

  const title = (row: number, text: string, size: number, bold: boolean, italic = false) => {
    ws.mergeCells(row, 1, row, followUpColumns.length);
    const cell = ws.getCell(row, 1);
    cell.value = text;
    cell.font = { name: FONT, size, bold, italic };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  };
  title(1, input.committee.toLocaleUpperCase('vi'), 13, true);
  title(2, 'BẢNG THEO DÕI THỰC HIỆN KẾT LUẬN CỦA BAN THƯỜNG VỤ, THƯỜNG TRỰC ĐẢNG ỦY', 14, true);
  title(3, scopeLine(input.scope) ?? `(cập nhật đến ngày ${formatShortDate(input.today)})`, 12, false, true);

  const headerRow = ws.getRow(5);
  followUpColumns.forEach((text, i) => {
    const cell = headerRow.getCell(i + 1);
    cell.value = text;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  headerRow.height = 32;

  input.tasks.forEach((task, index) => {
    const row = ws.getRow(6 + index);
    followUpRow(task, index).forEach((text, i) => {
      const cell = row.getCell(i + 1);
      cell.value = text;
      cell.font = { name: FONT, size: 12, color: task.overdue && i === 6 ? { argb: 'FFC00000' } : undefined };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: i === 0 || i === 5 ? 'center' : 'left' };
    });
  });
  const last = 5 + input.tasks.length;
  for (let r = 5; r <= last; r += 1) {
    for (let c = 1; c <= followUpColumns.length; c += 1) {
      ws.getCell(r, c).border = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };
    }
  }
  ws.pageSetup.printTitlesRow = '5:5';
  const data = await wb.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}

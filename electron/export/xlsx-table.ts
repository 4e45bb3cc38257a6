/**
 * A titled table as an Excel workbook, in the office's font, bordered and ready to print:
 * title lines merged over the table's width, a repeated header row, wrapped cells.
 */
import ExcelJS from 'exceljs';

const FONT = 'Times New Roman';
const THIN = { style: 'thin' } as const;

export interface XlsxTable {
  sheetName: string;
  titleLines: ReadonlyArray<{ text: string; sizePt: number; bold?: boolean; italic?: boolean }>;
  columns: ReadonlyArray<{ header: string; width: number; align?: 'left' | 'center' }>;
  rows: ReadonlyArray<readonly string[]>;
  /** Date the workbook says it was made (ISO), so the same data gives the same file. */
  createdOn: string;
  landscape?: boolean;
}

export async function tableWorkbook(table: XlsxTable): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Văn phòng Đảng ủy';
  wb.created = new Date(`${table.createdOn}T00:00:00`);
  const headerRowNumber = table.titleLines.length + 2;
  const ws = wb.addWorksheet(table.sheetName, {
    pageSetup: {
      paperSize: 9,
      orientation: table.landscape === false ? 'portrait' : 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    },
    views: [{ state: 'frozen', ySplit: headerRowNumber }],
  });
  ws.columns = table.columns.map((c) => ({ width: c.width }));
  const span = table.columns.length;

  table.titleLines.forEach((line, i) => {
    ws.mergeCells(i + 1, 1, i + 1, span);
    const cell = ws.getCell(i + 1, 1);
    cell.value = line.text;
    cell.font = { name: FONT, size: line.sizePt, bold: line.bold ?? false, italic: line.italic ?? false };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });

  const border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  const header = ws.getRow(headerRowNumber);
  table.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: FONT, size: 12, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = border;
  });
  table.rows.forEach((values, r) => {
    const row = ws.getRow(headerRowNumber + 1 + r);
    table.columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.value = values[i] ?? '';
      cell.font = { name: FONT, size: 12 };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: c.align ?? 'left' };
      cell.border = border;
    });
  });
  ws.pageSetup.printTitlesRow = `${headerRowNumber}:${headerRowNumber}`;
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

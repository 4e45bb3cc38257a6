/**
 * The follow-up sheet (XLSX and DOCX) and the period report: typed Excel cells, a landscape
 * table that breaks no word and no row, and a report that counts every task of the period.
 */
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fitColumnWidths, tableColumnWidths } from '../../../electron/export/docx/body';
import { followUpWorkbook } from '../../../electron/followup/followup-xlsx';
import {
  buildFollowUpSheetDocument,
  buildImplementationReportDocument,
  followUpRow,
  tasksOfPeriod,
} from '../../../shared/document/followup-documents';
import { defaultFormatRules, estimateTextWidthTwips, pageGeometry } from '../../../shared/document/format-rules';
import type { DocumentTable } from '../../../shared/document/model';
import type { Task } from '../../../shared/tasks/schema';
import { quarterTasks, shortNameProfile } from '../../support/printed-documents';
import { cellsOf, has, paragraphsOf, renderAndUnzip, rowsOf, tablesOf } from './docx-xml';

function task(overrides: Partial<Task>): Task {
  return { ...quarterTasks()[1]!, ...overrides };
}

async function readSheet(tasks: Task[]) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await followUpWorkbook({ committee: 'Đảng ủy xã Đông', tasks, scope: {}, today: '2026-12-20' })) as never);
  const ws = wb.getWorksheet('Theo dõi thực hiện');
  if (!ws) throw new Error('sheet missing');
  const header = (ws.getRow(5).values as unknown[]).slice(1).map(String);
  const column = (name: string) => header.indexOf(name) + 1;
  return { ws, header, column };
}

describe('follow-up sheet, XLSX', () => {
  it('writes dates as date cells shown dd/mm/yyyy and numbers as numbers', async () => {
    const { ws, column } = await readSheet([task({ dueDate: '2026-03-05', conclusionDate: '2026-02-09', status: 'done', completedDate: '2026-03-01' })]);
    const row = ws.getRow(6);
    expect(row.getCell(column('STT')).value).toBe(1);
    for (const [name, iso] of [['Thời hạn', '2026-03-05'], ['Ngày kết luận', '2026-02-09'], ['Ngày hoàn thành', '2026-03-01']] as const) {
      const cell = row.getCell(column(name));
      expect(cell.value).toBeInstanceOf(Date);
      expect((cell.value as Date).toISOString().slice(0, 10)).toBe(iso);
      expect(cell.numFmt).toBe('dd/mm/yyyy');
    }
    // No date: an empty cell, not an empty string that would sort first.
    const undated = await readSheet([task({ dueDate: null })]);
    expect(undated.ws.getRow(6).getCell(undated.column('Thời hạn')).value).toBeNull();
  });

  it('puts an autofilter on the header row and page numbers in the footer', async () => {
    const { ws } = await readSheet(quarterTasks().slice(0, 3));
    // Read back as the sheet stores it: the header row to the last task, every column.
    expect(ws.autoFilter).toBe('A5:K8');
    expect(ws.headerFooter.oddFooter).toContain('&P');
    expect(ws.headerFooter.oddFooter).toContain('&N');
    expect(ws.pageSetup.printTitlesRow).toBe('5:5');
  });

  it('does not mark a task deferred to the next period "Hoàn thành"', async () => {
    const deferred = task({ status: 'deferred', completedDate: '2026-11-20' });
    const { ws, column } = await readSheet([deferred]);
    const row = ws.getRow(6);
    expect(row.getCell(column('Ngày hoàn thành')).value).toBeNull();
    const texts = (row.values as unknown[]).filter((v): v is string => typeof v === 'string');
    expect(texts.join(' ')).not.toMatch(/Hoàn thành/u);
    expect(row.getCell(column('Ghi chú')).value).toBe('Chuyển kỳ sau từ ngày 20/11/2026');
    expect(followUpRow(deferred, 0).join(' ')).not.toMatch(/Hoàn thành/u);
    expect(followUpRow(task({ status: 'doneLate', completedDate: '2026-11-20' }), 0)[6]).toBe('Hoàn thành quá hạn ngày 20/11/2026');
  });
});

describe('follow-up sheet, DOCX', () => {
  const doc = buildFollowUpSheetDocument({ profile: shortNameProfile, tasks: quarterTasks(), scope: {}, today: '2026-12-20', officeSigner: null });
  const { textWidthTwips } = pageGeometry(defaultFormatRules, 'landscape');

  it('uses the landscape width, the task text taking the widest column, and never splits a row', async () => {
    const docx = await renderAndUnzip(doc);
    const grid = tablesOf(docx.document).find((t) => t.includes('Nội dung nhiệm vụ'))!;
    const widths = [...grid.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(textWidthTwips);
    expect(textWidthTwips).toBe(16838 - 1701 - 850);
    expect(widths[1]! / textWidthTwips).toBeGreaterThan(0.32);
    expect(Math.max(...widths)).toBe(widths[1]);
    for (const row of rowsOf(grid)) expect(row).toContain('<w:cantSplit/>');
    expect(rowsOf(grid)[0]).toContain('<w:tblHeader/>');
  });

  it('gives every column the width of its longest word, so no date or number is broken mid-token', async () => {
    const docx = await renderAndUnzip(doc);
    const grid = tablesOf(docx.document).find((t) => t.includes('Nội dung nhiệm vụ'))!;
    const widths = [...grid.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const t = defaultFormatRules.table;
    for (const row of rowsOf(grid)) {
      cellsOf(row).forEach((cell, i) => {
        for (const word of paragraphsOf(cell).flatMap((p) => p.text.split(/\s+/u))) {
          const w = estimateTextWidthTwips(word, { sizePt: t.style.sizePt, bold: true, italic: false });
          expect(w + 2 * t.cellMarginTwips).toBeLessThanOrEqual(widths[i]!);
        }
      });
    }
  });

  it('fitColumnWidths moves room only from columns that can spare it, keeping the total', () => {
    const table: DocumentTable = {
      columnWidths: [0.5, 0.5],
      header: [{ text: 'Nội dung' }, { text: 'Ngày' }],
      rows: [[{ text: 'ngắn' }, { text: '28/12/2026' }]],
    };
    const given = tableColumnWidths([0.9, 0.1], 9000);
    const fitted = fitColumnWidths(table, given, defaultFormatRules);
    expect(fitted.reduce((a, b) => a + b, 0)).toBe(9000);
    expect(fitted[1]).toBeGreaterThan(given[1]!);
    const roomy = tableColumnWidths([0.5, 0.5], 9000);
    expect(fitColumnWidths(table, roomy, defaultFormatRules)).toEqual(roomy);
  });
});

describe('period report', () => {
  const tasks = quarterTasks();

  it('counts every task of the period, the undated ones included', () => {
    const period = tasksOfPeriod(tasks, '2026-10-01', '2026-12-31');
    expect(period).toHaveLength(34);
    expect(tasks.filter((t) => t.dueDate === null).length).toBeGreaterThan(20);
    // Undated tasks closed before the period, or assigned after it, are not the period's.
    const before = task({ dueDate: null, completedDate: '2026-09-01', status: 'done' });
    const after = task({ dueDate: null, conclusionDate: '2027-01-05', completedDate: null });
    const dueLater = task({ dueDate: '2027-02-01' });
    expect(tasksOfPeriod([before, after, dueLater], '2026-10-01', '2026-12-31')).toEqual([]);
    const doc = buildImplementationReportDocument({ profile: shortNameProfile, tasks, from: '2026-10-01', to: '2026-12-31', today: '2026-12-28', officeSigner: null, superiorRecipient: null });
    const summary = doc.body.find((b) => b.type === 'block' && b.block.id === 'sum');
    expect(summary?.type === 'block' && summary.block.runs[0]?.text).toMatch(/^Tổng số 34 nhiệm vụ; đã hoàn thành 12 nhiệm vụ/u);
  });

  it('closes the per-unit table with totals that agree with the summary and the status table', () => {
    const doc = buildImplementationReportDocument({ profile: shortNameProfile, tasks, from: '2026-10-01', to: '2026-12-31', today: '2026-12-28', officeSigner: null, superiorRecipient: null });
    const tables = doc.body.flatMap((b) => (b.type === 'table' ? [b.table] : []));
    const [statusTable, unitTable] = tables;
    const statusTotal = statusTable!.rows.at(-1)!;
    const unitTotal = unitTable!.rows.at(-1)!;
    expect(unitTotal[0]?.text).toMatch(/^Tổng số/u);
    const totals = unitTotal.slice(1).map((c) => Number(c.text));
    expect(totals[0]).toBe(Number(statusTotal[1]?.text));
    // Được giao = hoàn thành + đang, chưa thực hiện + chuyển kỳ sau.
    expect(totals[0]).toBe(totals[1]! + totals[2]! + totals[3]!);
    const done = tasks.filter((t) => t.status === 'done' || t.status === 'doneLate').length;
    expect(totals[1]).toBe(done);
    expect(totals[3]).toBe(tasks.filter((t) => t.status === 'deferred').length);
    // Every unit row adds up the same way.
    for (const row of unitTable!.rows) {
      const [given, finished, open, deferred] = row.slice(1).map((c) => Number(c.text));
      expect(given).toBe(finished! + open! + deferred!);
    }
    // Jointly led tasks count for each unit, and the report says so.
    expect(doc.body.some((b) => b.type === 'block' && b.block.runs[0]?.text.startsWith('Có 4 nhiệm vụ do nhiều đơn vị cùng chủ trì'))).toBe(true);
  });

  it('lets no row of its tables split across pages', async () => {
    const doc = buildImplementationReportDocument({ profile: shortNameProfile, tasks, from: '2026-10-01', to: '2026-12-31', today: '2026-12-28', officeSigner: null, superiorRecipient: null });
    const docx = await renderAndUnzip(doc);
    const grids = tablesOf(docx.document).filter((t) => t.includes('Tình trạng') || t.includes('Đơn vị chủ trì'));
    expect(grids.length).toBeGreaterThanOrEqual(2);
    for (const grid of grids) for (const row of rowsOf(grid)) expect(has(row, 'w:cantSplit')).toBe(true);
  });
});

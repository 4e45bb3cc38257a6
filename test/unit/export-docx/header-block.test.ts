import { beforeAll, describe, expect, it } from 'vitest';
import { partyNameRuleIndent } from '../../../electron/export/docx/header-block';
import { defaultFormatRules, estimateTextWidthTwips } from '../../../shared/document/format-rules';
import { kienMinhConclusion, kienMinhDraft, longNamesConclusion } from '../../support/corpus-documents';
import {
  attr,
  cellsOf,
  has,
  isBold,
  isItalic,
  paragraphsOf,
  renderAndUnzip,
  rowsOf,
  sizeOf,
  tablesOf,
  type DocxParts,
} from './docx-xml';

const TEXT_WIDTH = 11906 - 1701 - 850;

function headerTable(docx: DocxParts): string {
  const [table] = tablesOf(docx.document);
  if (!table) throw new Error('no header table');
  return table;
}

function gridWidths(table: string): number[] {
  return [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
}

describe('header block', () => {
  let issued: DocxParts;
  let draft: DocxParts;
  beforeAll(async () => {
    issued = await renderAndUnzip(kienMinhConclusion());
    draft = await renderAndUnzip(kienMinhDraft());
  });

  it('is the first thing on the page, a borderless two-column table over the text width', () => {
    expect(issued.document.indexOf('<w:tbl>')).toBeLessThan(issued.document.indexOf('THÔNG BÁO'));
    const table = headerTable(issued);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)?.[1] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) {
      expect(attr(borders, `w:${side}`, 'w:val')).toBe('none');
    }
    for (const cell of rowsOf(table).flatMap(cellsOf)) {
      const cellBorders = /<w:tcBorders>([\s\S]*?)<\/w:tcBorders>/.exec(cell)?.[1] ?? '';
      expect(cellBorders).not.toMatch(/w:val="single"/);
    }
    const widths = gridWidths(table);
    expect(widths).toHaveLength(2);
    expect((widths[0] ?? 0) + (widths[1] ?? 0)).toBe(TEXT_WIDTH);
    // About 45 / 55, widened for "ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG" but never past 55 %.
    expect((widths[0] ?? 0) / TEXT_WIDTH).toBeGreaterThanOrEqual(0.35);
    expect((widths[0] ?? 0) / TEXT_WIDTH).toBeLessThanOrEqual(0.55);
    expect(attr(table, 'w:tblLayout', 'w:type')).toBe('fixed');
  });

  it('prints the committees on the left: superior 14 pt regular, committee 14 pt bold, then a centred star', () => {
    const [row1] = rowsOf(headerTable(issued));
    const [left] = cellsOf(row1 ?? '');
    const lines = paragraphsOf(left ?? '');
    expect(lines.map((p) => p.text)).toEqual(['ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG', 'ĐẢNG ỦY XÃ KIẾN MINH', '*']);
    const [superior, committee, star] = lines;
    expect(sizeOf(superior!.runs[0]!)).toBe(28);
    expect(isBold(superior!.runs[0]!)).toBe(false);
    expect(sizeOf(committee!.runs[0]!)).toBe(28);
    expect(isBold(committee!.runs[0]!)).toBe(true);
    for (const p of lines) expect(attr(p.props, 'w:jc', 'w:val')).toBe('center');
    expect(sizeOf(star!.runs[0]!)).toBe(28);
  });

  it('writes "Số 62-TB/ĐU" without a colon, 14 pt regular, under the star', () => {
    const [, row2] = rowsOf(headerTable(issued));
    const [left] = cellsOf(row2 ?? '');
    const [number] = paragraphsOf(left ?? '');
    expect(number?.text).toBe('Số 62-TB/ĐU');
    expect(issued.document).not.toContain('Số:');
    expect(sizeOf(number!.runs[0]!)).toBe(28);
    expect(isBold(number!.runs[0]!)).toBe(false);
  });

  it('prints "ĐẢNG CỘNG SẢN VIỆT NAM" at 15 pt bold over the whole column, the line under it as long as the text', () => {
    const [row1] = rowsOf(headerTable(issued));
    const [, right] = cellsOf(row1 ?? '');
    const widths = gridWidths(headerTable(issued));
    const paragraphs = paragraphsOf(right ?? '');
    const partyIndex = paragraphs.findIndex((p) => p.text === 'ĐẢNG CỘNG SẢN VIỆT NAM');
    const party = paragraphs[partyIndex]!;
    expect(sizeOf(party.runs[0]!)).toBe(30);
    expect(isBold(party.runs[0]!)).toBe(true);
    // Not underlined text and no underscores: a paragraph border.
    expect(party.runs[0]!.props).not.toContain('<w:u ');
    // The text has the column's whole width: no indents that could make it wrap.
    expect(has(party.props, 'w:ind')).toBe(false);
    expect(has(party.props, 'w:pBdr')).toBe(false);
    // The line: the top border of an empty one-point paragraph right under the text.
    const rule = paragraphs[partyIndex + 1]!;
    expect(rule.text).toBe('');
    const border = /<w:pBdr>([\s\S]*?)<\/w:pBdr>/.exec(rule.props)?.[1] ?? '';
    expect(attr(border, 'w:top', 'w:val')).toBe('single');
    expect(attr(rule.props, 'w:spacing', 'w:lineRule')).toBe('exact');
    expect(Number(attr(rule.props, 'w:spacing', 'w:line'))).toBeLessThanOrEqual(40);
    const left = Number(attr(rule.props, 'w:ind', 'w:left'));
    const rightIndent = Number(attr(rule.props, 'w:ind', 'w:right'));
    expect(left).toBeGreaterThan(0);
    expect(left).toBe(rightIndent);
    const lineLength = (widths[1] ?? 0) - 2 * defaultFormatRules.layoutTable.cellMarginTwips - left - rightIndent;
    const textLength = estimateTextWidthTwips('ĐẢNG CỘNG SẢN VIỆT NAM', { sizePt: 15, bold: true, italic: false });
    expect(Math.abs(lineLength - textLength)).toBeLessThanOrEqual(2);
    // 15 pt bold Times New Roman: about 207 pt of text.
    expect(textLength).toBeGreaterThan(200 * 20);
    expect(textLength).toBeLessThan(215 * 20);
  });

  it('prints the place-date line in italics under the line, level with the number', () => {
    const [, row2] = rowsOf(headerTable(issued));
    const [, right] = cellsOf(row2 ?? '');
    const [placeDate] = paragraphsOf(right ?? '');
    expect(placeDate?.text).toBe('Kiến Minh, ngày 08 tháng 5 năm 2026');
    expect(isItalic(placeDate!.runs[0]!)).toBe(true);
    expect(isBold(placeDate!.runs[0]!)).toBe(false);
    expect(sizeOf(placeDate!.runs[0]!)).toBe(28);
  });

  it('marks a draft "DỰ THẢO" in 14 pt bold under a blank number; an issued document has no mark', () => {
    const [, row2] = rowsOf(headerTable(draft));
    const [left, right] = cellsOf(row2 ?? '');
    const lines = paragraphsOf(left ?? '');
    expect(lines.map((p) => p.text)).toEqual(['Số      -TB/ĐU', 'DỰ THẢO']);
    expect(isBold(lines[1]!.runs[0]!)).toBe(true);
    expect(sizeOf(lines[1]!.runs[0]!)).toBe(28);
    expect(paragraphsOf(right ?? '')[0]?.text).toBe('Kiến Minh, ngày    tháng    năm 20   ');
    expect(issued.document).not.toContain('DỰ THẢO');
  });

  it('keeps its shape with long two-line names: the right side never wraps, the names wrap in their column', async () => {
    const docx = await renderAndUnzip(longNamesConclusion());
    const table = headerTable(docx);
    const widths = gridWidths(table);
    const [leftWidth = 0, rightWidth = 0] = widths;
    expect(leftWidth + rightWidth).toBe(TEXT_WIDTH);
    expect(leftWidth / TEXT_WIDTH).toBeGreaterThanOrEqual(0.35);
    const usable = rightWidth - 2 * defaultFormatRules.layoutTable.cellMarginTwips;
    const dateLine = 'Nguyễn Trung Trực, ngày 20 tháng 02 năm 2026';
    expect(docx.document).toContain(dateLine);
    expect(estimateTextWidthTwips(dateLine, { sizePt: 14, bold: false, italic: true })).toBeLessThan(usable);
    expect(estimateTextWidthTwips('ĐẢNG CỘNG SẢN VIỆT NAM', { sizePt: 15, bold: true, italic: false })).toBeLessThan(usable);
    expect(partyNameRuleIndent(rightWidth, defaultFormatRules)).toBeGreaterThanOrEqual(0);
    // Still two rows: the number and the date stay level whatever the names' height.
    const rows = rowsOf(table);
    expect(rows).toHaveLength(2);
    const names = paragraphsOf(cellsOf(rows[0] ?? '')[0] ?? '');
    expect(names.map((p) => p.runs.map((r) => r.text))).toEqual([
      // Too long for two even lines: left for the reader to wrap inside the column.
      ['ĐẢNG BỘ KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP TỈNH THANH HÓA'],
      // Broken after the organisational prefix, so the ward's name stays whole.
      ['ĐẢNG ỦY PHƯỜNG', 'NGUYỄN TRUNG TRỰC'],
      ['*'],
    ]);
    expect(names[1]!.runs[1]!.xml).toContain('<w:br/>');
    expect(paragraphsOf(cellsOf(rows[1] ?? '')[0] ?? '')[0]?.text).toBe('Số 05-TB/ĐU');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
  });

  it('keeps the spelling of the committee name as typed (UỶ stays UỶ)', async () => {
    const doc = kienMinhConclusion();
    const docx = await renderAndUnzip({ ...doc, header: { ...doc.header, committee: 'Đảng uỷ xã Kiến Minh' } });
    expect(docx.document).toContain('ĐẢNG UỶ XÃ KIẾN MINH');
  });
});

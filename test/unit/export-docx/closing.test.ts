import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFormatRules, withFormatSettings } from '../../../shared/document/format-rules';
import { buildMinutesDocument } from '../../../shared/document/minutes-document';
import { kienMinhConclusion, kienMinhMinutes, kienMinhMinutesMeeting, kienMinhProfile } from '../../support/corpus-documents';
import {
  attr,
  cellsOf,
  isBold,
  isItalic,
  paragraphsOf,
  renderAndUnzip,
  rowsOf,
  sizeOf,
  tablesOf,
  underlineOf,
  type DocxParts,
} from './docx-xml';

function closingTable(docx: DocxParts): string {
  const tables = tablesOf(docx.document);
  const last = tables[tables.length - 1];
  if (!last || tables.length < 2) throw new Error('no closing table');
  return last;
}

describe('signature and recipients (one signature)', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await renderAndUnzip(kienMinhConclusion());
  });

  it('is one borderless, unsplittable two-column row after the body: recipients left, signature right', () => {
    const table = closingTable(docx);
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table)?.[1] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(attr(borders, `w:${side}`, 'w:val')).toBe('none');
    const rows = rowsOf(table);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('<w:cantSplit/>');
    const [left, right] = cellsOf(rows[0] ?? '');
    expect(paragraphsOf(left ?? '')[0]?.text).toBe('Nơi nhận:');
    expect(paragraphsOf(right ?? '')[0]?.text).toBe('T/L BAN THƯỜNG VỤ');
  });

  it('signs "T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG" in 14 pt bold, four blank lines, then the name in bold', () => {
    const [row] = rowsOf(closingTable(docx));
    const [, right] = cellsOf(row ?? '');
    const lines = paragraphsOf(right ?? '');
    expect(lines.map((p) => p.text)).toEqual(['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG', '', '', '', '', 'Đỗ Đức Úy']);
    for (const p of lines) expect(attr(p.props, 'w:jc', 'w:val')).toBe('center');
    for (const i of [0, 1, 6]) {
      const run = lines[i]!.runs[0]!;
      expect(sizeOf(run)).toBe(28);
      expect(isBold(run)).toBe(true);
      expect(isItalic(run)).toBe(false);
    }
    // The blank lines keep the 14 pt line height through their paragraph marks.
    expect(attr(lines[3]!.props, 'w:sz', 'w:val')).toBe('28');
  });

  it('prints the signer title regular when the office turns signatureTitleBold off', async () => {
    const out = await renderAndUnzip(kienMinhConclusion(), withFormatSettings(defaultFormatRules, { signatureTitleBold: false }));
    const [row] = rowsOf(closingTable(out));
    const lines = paragraphsOf(cellsOf(row ?? '')[1] ?? '');
    expect(lines[1]?.text).toBe('CHÁNH VĂN PHÒNG');
    expect(isBold(lines[1]!.runs[0]!)).toBe(false);
    expect(isBold(lines[0]!.runs[0]!)).toBe(true);
  });

  it('labels recipients "Nơi nhận:" in 14 pt upright underlined, the lines in 12 pt ending with "- Lưu VPĐU."', () => {
    const [row] = rowsOf(closingTable(docx));
    const [left] = cellsOf(row ?? '');
    const [label, ...items] = paragraphsOf(left ?? '');
    const labelRun = label!.runs[0]!;
    expect(label?.text).toBe('Nơi nhận:');
    expect(sizeOf(labelRun)).toBe(28);
    expect(underlineOf(labelRun)).toBe('single');
    expect(isBold(labelRun)).toBe(false);
    expect(isItalic(labelRun)).toBe(false);
    expect(items.map((p) => p.text)).toEqual([
      '- Thường trực Thành ủy (để báo cáo),',
      '- Đ/c Bùi Văn Thăng, UVBTVTU, Giám đốc Sở Nông nghiệp và Môi trường, phụ trách Đảng bộ xã (để báo cáo),',
      '- Văn phòng Thành ủy (để báo cáo),',
      '- Thường trực Đảng ủy, HĐND, UBND xã,',
      '- Các cơ quan tham mưu giúp việc của Đảng ủy xã,',
      '- Cơ quan Ủy ban MTTQ Việt Nam xã,',
      '- Các chi bộ, đảng ủy trực thuộc,',
      '- Các đồng chí Ủy viên BCHĐB xã,',
      '- Lưu VPĐU.',
    ]);
    for (const item of items) {
      expect(sizeOf(item.runs[0]!)).toBe(24);
      expect(attr(item.props, 'w:jc', 'w:val')).toBe('left');
    }
  });
});

describe('minutes: two signatures', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await renderAndUnzip(kienMinhMinutes());
  });

  it('puts the recorder on the left and the chair on the right, names on the same line', () => {
    const table = closingTable(docx);
    const [row] = rowsOf(table);
    expect(row).toContain('<w:cantSplit/>');
    const [left, right] = cellsOf(row ?? '').map((cell) => paragraphsOf(cell).map((p) => p.text));
    expect(left?.[0]).toBe('NGƯỜI GHI BIÊN BẢN');
    expect(right?.slice(0, 2)).toEqual(['T/M BAN THƯỜNG VỤ', 'CHỦ TRÌ']);
    expect(left?.[left.length - 1]).toBe('Đỗ Đức Úy');
    expect(right?.[right.length - 1]).toBe('Vũ Bình Dương');
    expect(left?.length).toBe(right?.length);
  });

  it('lists recipients under the signatures only when the office names them; numbers the minutes "Số 15-BB/ĐU"', async () => {
    // Minutes are kept, not sent: no "Nơi nhận" by default.
    expect(docx.document).not.toContain('Nơi nhận:');
    const sent = await renderAndUnzip(
      buildMinutesDocument(kienMinhMinutesMeeting, kienMinhProfile, { numberSymbol: '15-BB/ĐU', recipients: [{ text: 'Thường trực Đảng ủy' }] }),
    );
    const afterTable = sent.document.slice(sent.document.lastIndexOf('</w:tbl>'));
    expect(afterTable).toContain('Nơi nhận:');
    expect(afterTable).toContain('- Thường trực Đảng ủy,');
    expect(afterTable).toContain('- Lưu VPĐU.');
    expect(docx.document).toContain('Số 15-BB/ĐU');
    const title = paragraphsOf(docx.document).find((p) => p.text === 'BIÊN BẢN');
    expect(title).toBeDefined();
    expect(sizeOf(title!.runs[0]!)).toBe(32);
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import type { PartyDocument } from '../../../shared/document/model';
import { kienMinhConclusion } from '../../support/corpus-documents';
import {
  attr,
  cellsOf,
  has,
  isBold,
  isItalic,
  paragraphsOf,
  paragraphWith,
  renderAndUnzip,
  rowsOf,
  sizeOf,
  tablesOf,
  underlineOf,
  type DocxParts,
  type Para,
} from './docx-xml';

function expectBodyParagraph(p: Para): void {
  expect(attr(p.props, 'w:jc', 'w:val')).toBe('both');
  expect(attr(p.props, 'w:ind', 'w:firstLine')).toBe('567');
  expect(Number(attr(p.props, 'w:spacing', 'w:after'))).toBeGreaterThanOrEqual(120);
  expect(attr(p.props, 'w:spacing', 'w:lineRule')).toBe('exact');
  const line = Number(attr(p.props, 'w:spacing', 'w:line'));
  expect(line).toBeGreaterThanOrEqual(360);
  expect(line).toBeLessThanOrEqual(400);
  for (const run of p.runs) expect(sizeOf(run)).toBe(28);
}

describe('title block', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await renderAndUnzip(kienMinhConclusion());
  });

  it('centres "THÔNG BÁO" in 16 pt bold capitals', () => {
    const p = paragraphWith(docx.document, 'THÔNG BÁO');
    expect(p.text).toBe('THÔNG BÁO');
    expect(attr(p.props, 'w:jc', 'w:val')).toBe('center');
    expect(sizeOf(p.runs[0]!)).toBe(32);
    expect(isBold(p.runs[0]!)).toBe(true);
  });

  it('follows with the subtitle and the two summary lines, 14 pt bold, centred, kept together', () => {
    const paragraphs = paragraphsOf(docx.document);
    const start = paragraphs.findIndex((p) => p.text === 'THÔNG BÁO');
    const lines = paragraphs.slice(start + 1, start + 5);
    expect(lines.map((p) => p.text)).toEqual([
      'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY',
      'về đánh giá kết quả thực hiện nhiệm vụ tháng 04;',
      'triển khai nhiệm vụ trọng tâm tháng 05 năm 2026',
      '-----',
    ]);
    for (const p of lines.slice(0, 3)) {
      expect(attr(p.props, 'w:jc', 'w:val')).toBe('center');
      expect(sizeOf(p.runs[0]!)).toBe(28);
      expect(isBold(p.runs[0]!)).toBe(true);
      expect(has(p.props, 'w:keepNext')).toBe(true);
    }
    // The short rule under the summary is centred and not bold.
    expect(attr(lines[3]!.props, 'w:jc', 'w:val')).toBe('center');
    expect(isBold(lines[3]!.runs[0]!)).toBe(false);
  });
});

describe('body', () => {
  let docx: DocxParts;
  beforeAll(async () => {
    docx = await renderAndUnzip(kienMinhConclusion());
  });

  it('justifies 14 pt paragraphs with a 10 mm first-line indent, 6 pt after and exact line spacing', () => {
    expectBodyParagraph(paragraphWith(docx.document, 'Ngày 07 tháng 05 năm 2026, Ban Thường vụ'));
    expectBodyParagraph(paragraphWith(docx.document, 'Trong tháng 4/2026'));
    expectBodyParagraph(paragraphWith(docx.document, 'Tập trung lãnh đạo, chỉ đạo thực hiện toàn diện'));
  });

  it('opens headings with their label in the first run, in the heading style', () => {
    const h1 = paragraphWith(docx.document, 'Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 4');
    expect(h1.runs[0]?.text).toBe('I. ');
    expect(h1.text).toBe('I. Kết quả lãnh đạo, chỉ đạo thực hiện nhiệm vụ tháng 4 năm 2026');
    for (const run of h1.runs) expect(isBold(run)).toBe(true);
    expect(has(h1.props, 'w:keepNext')).toBe(true);
    expectBodyParagraph(h1);

    expect(paragraphWith(docx.document, 'Phương hướng, nhiệm vụ trọng tâm tháng 5').text.startsWith('II. ')).toBe(true);
    const h2 = paragraphWith(docx.document, 'Lãnh đạo UBND xã');
    expect(h2.text).toBe('1. Lãnh đạo UBND xã');
    expect(isBold(h2.runs[0]!)).toBe(true);
    const h3 = paragraphWith(docx.document, 'Ủy ban Kiểm tra Đảng ủy');
    expect(h3.text).toBe('3.2. Ủy ban Kiểm tra Đảng ủy');
    expect(isBold(h3.runs[0]!)).toBe(true);
  });

  it('writes bullets as "- " in the first run, regular', () => {
    const bullet = paragraphWith(docx.document, 'Tăng cường quản lý thu, chi ngân sách');
    expect(bullet.runs[0]?.text).toBe('- ');
    expect(isBold(bullet.runs[0]!)).toBe(false);
    expectBodyParagraph(bullet);
  });

  it('keeps the emphasis of runs and the kinds: italic heading4, "Một là," ordinals, "+" sub-bullets', async () => {
    const base = kienMinhConclusion();
    const doc: PartyDocument = {
      ...base,
      body: [
        { type: 'block', label: 'a)', block: { id: 'h4', kind: 'heading4', runs: [{ text: 'Về tư tưởng' }] } },
        {
          type: 'block',
          label: 'Một là,',
          block: { id: 'o1', kind: 'ordinal', runs: [{ text: 'tiếp tục tăng cường công tác xây dựng Đảng.' }] },
        },
        {
          type: 'block',
          label: '-',
          block: {
            id: 'b1',
            kind: 'bullet',
            runs: [{ text: 'Về công tác chính trị, tư tưởng:', italic: true }, { text: ' có ' }, { text: '25/33', bold: true }, { text: ' chỉ tiêu', underline: true }],
          },
        },
        { type: 'block', label: '+', block: { id: 's1', kind: 'subBullet', runs: [{ text: 'Thu ngân sách đạt khá.' }] } },
      ],
    };
    const out = await renderAndUnzip(doc);
    const h4 = paragraphWith(out.document, 'Về tư tưởng');
    expect(h4.text).toBe('a) Về tư tưởng');
    for (const run of h4.runs) {
      expect(isItalic(run)).toBe(true);
      expect(isBold(run)).toBe(false);
    }
    const ordinal = paragraphWith(out.document, 'tiếp tục tăng cường');
    expect(ordinal.runs[0]?.text).toBe('Một là, ');
    const bullet = paragraphWith(out.document, 'Về công tác chính trị');
    expect(bullet.runs.map((r) => r.text)).toEqual(['- ', 'Về công tác chính trị, tư tưởng:', ' có ', '25/33', ' chỉ tiêu']);
    expect(isItalic(bullet.runs[1]!)).toBe(true);
    expect(isBold(bullet.runs[3]!)).toBe(true);
    expect(isBold(bullet.runs[2]!)).toBe(false);
    expect(underlineOf(bullet.runs[4]!)).toBe('single');
    expect(paragraphWith(out.document, 'Thu ngân sách').text).toBe('+ Thu ngân sách đạt khá.');
  });

  it('keeps the last body paragraph with the signature table that follows', () => {
    const last = paragraphWith(docx.document, 'Giao Văn phòng Đảng ủy chủ trì theo dõi');
    expect(has(last.props, 'w:keepNext')).toBe(true);
    const other = paragraphWith(docx.document, 'Tăng cường quản lý thu, chi ngân sách');
    expect(has(other.props, 'w:keepNext')).toBe(false);
    // The signature table comes right after it.
    const after = docx.document.slice(docx.document.indexOf('Giao Văn phòng Đảng ủy chủ trì'));
    expect(after.indexOf('<w:tbl>')).toBeLessThan(after.indexOf('Nơi nhận:'));
  });

  it('stores text as Unicode NFC even when the model holds decomposed text', async () => {
    const base = kienMinhConclusion();
    const decomposed = 'Nghị quyết Đảng ủy'.normalize('NFD');
    const out = await renderAndUnzip({
      ...base,
      body: [{ type: 'block', label: '', block: { id: 'p', kind: 'paragraph', runs: [{ text: decomposed }] } }],
    });
    expect(out.document).toContain('Nghị quyết Đảng ủy'.normalize('NFC'));
    expect(out.document).not.toContain(decomposed);
    expect(out.document).toBe(out.document.normalize('NFC'));
  });

  it('draws body tables with a grid and repeats the header row on each page', async () => {
    const base = kienMinhConclusion();
    const out = await renderAndUnzip({
      ...base,
      body: [
        ...base.body.slice(0, 2),
        {
          type: 'table',
          table: {
            columnWidths: [0.1, 0.6, 0.3],
            header: [{ text: 'TT' }, { text: 'Nhiệm vụ' }, { text: 'Đơn vị chủ trì' }],
            rows: [
              [{ text: '1', align: 'center' }, { text: 'Giải phóng mặt bằng' }, { text: 'UBND xã' }],
              [{ text: '2', align: 'center' }, { text: 'Chuyển đổi số' }, { text: 'VPĐU' }],
            ],
          },
        },
      ],
    });
    const table = tablesOf(out.document).find((t) => t.includes('Nhiệm vụ'));
    expect(table).toBeDefined();
    const borders = /<w:tblBorders>([\s\S]*?)<\/w:tblBorders>/.exec(table ?? '')?.[1] ?? '';
    for (const side of ['top', 'left', 'bottom', 'right', 'insideH', 'insideV']) expect(attr(borders, `w:${side}`, 'w:val')).toBe('single');
    const rows = rowsOf(table ?? '');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(rows[1]).not.toContain('<w:tblHeader/>');
    for (const row of rows) expect(row).toContain('<w:cantSplit/>');
    const headerCell = paragraphsOf(cellsOf(rows[0] ?? '')[1] ?? '')[0];
    expect(isBold(headerCell!.runs[0]!)).toBe(true);
    const widths = [...(table ?? '').matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    expect(widths.reduce((a, b) => a + b, 0)).toBe(11906 - 1701 - 850);
  });
});

import { describe, expect, it } from 'vitest';
import { defaultSubtitle } from '../../../shared/conclusions/drafting-rules';
import { buildConclusionDocument } from '../../../shared/document/conclusion-document';
import { archiveHolder, buildRecipientLines, formatNumberLine } from '../../../shared/document/document-parts';
import type { BodyItem } from '../../../shared/document/model';
import { kienMinhInput } from '../../support/corpus-documents';

function blockTexts(items: BodyItem[]): string[] {
  return items.map((item) =>
    item.type === 'block' ? `${item.label ? `${item.label} ` : ''}${item.block.runs.map((r) => r.text).join('')}` : '[table]',
  );
}

describe('buildConclusionDocument', () => {
  it('builds the header of an issued conclusion from the profile, number and date', () => {
    const doc = buildConclusionDocument(kienMinhInput);
    expect(doc.header).toEqual({
      superiorCommittee: 'ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG',
      committee: 'ĐẢNG ỦY XÃ KIẾN MINH',
      numberLine: 'Số 62-TB/ĐU',
      placeDateLine: 'Kiến Minh, ngày 08 tháng 5 năm 2026',
      marks: [],
    });
    expect(doc.orientation).toBe('portrait');
  });

  it('formats dates by the rule: leading zero on days below 10 and on months 1 and 2 only', () => {
    const feb = buildConclusionDocument({ ...kienMinhInput, issueDate: '2018-02-20' });
    expect(feb.header.placeDateLine).toBe('Kiến Minh, ngày 20 tháng 02 năm 2018');
    const dec = buildConclusionDocument({ ...kienMinhInput, issueDate: '2026-12-05' });
    expect(dec.header.placeDateLine).toBe('Kiến Minh, ngày 05 tháng 12 năm 2026');
  });

  it('leaves blanks on an unnumbered, undated draft and marks it "DỰ THẢO"', () => {
    const doc = buildConclusionDocument({ ...kienMinhInput, status: 'draft', numberSymbol: null, issueDate: null });
    expect(doc.header.numberLine).toBe('Số      -TB/ĐU');
    expect(doc.header.placeDateLine).toBe('Kiến Minh, ngày    tháng    năm 20   ');
    expect(doc.header.marks).toEqual(['DỰ THẢO']);
  });

  it('prints urgency, then secrecy, then the draft mark', () => {
    const doc = buildConclusionDocument({ ...kienMinhInput, status: 'draft', urgency: 'HỎA TỐC', secrecy: 'MẬT' });
    expect(doc.header.marks).toEqual(['HỎA TỐC', 'MẬT', 'DỰ THẢO']);
  });

  it('titles a TB "THÔNG BÁO" with its subtitle and a KL "KẾT LUẬN"', () => {
    const tb = buildConclusionDocument(kienMinhInput);
    expect(tb.title).toEqual({
      documentType: 'THÔNG BÁO',
      subtitle: 'KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY',
      summary: 'về đánh giá kết quả thực hiện nhiệm vụ tháng 04;\ntriển khai nhiệm vụ trọng tâm tháng 05 năm 2026',
    });
    const kl = buildConclusionDocument({ ...kienMinhInput, kind: 'KL', subtitle: null, numberSymbol: '05-KL/ĐU', summary: '' });
    expect(kl.title).toEqual({ documentType: 'KẾT LUẬN', subtitle: null, summary: null });
    expect(kl.header.numberLine).toBe('Số 05-KL/ĐU');
    expect(defaultSubtitle('TB', 'standingCommittee')).toBe('KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY');
    expect(defaultSubtitle('TB', 'executiveCommittee')).toBe('KẾT LUẬN CỦA BAN CHẤP HÀNH ĐẢNG BỘ');
  });

  it('puts the preamble paragraphs first, then the outline with computed labels', () => {
    const doc = buildConclusionDocument({
      ...kienMinhInput,
      preamble: 'Ngày 07 tháng 5 năm 2026, Ban Thường vụ …\n\n  Sau khi nghe báo cáo, Ban Thường vụ thống nhất kết luận như sau:  ',
      outline: [
        { id: 'a', kind: 'heading1', runs: [{ text: 'Kết quả' }] },
        { id: 'b', kind: 'heading2', runs: [{ text: 'Lãnh đạo UBND xã' }] },
        { id: 'c', kind: 'bullet', runs: [{ text: 'Tập trung …' }] },
        { id: 'd', kind: 'heading3', runs: [{ text: 'Ban Xây dựng Đảng' }] },
        { id: 'e', kind: 'heading1', runs: [{ text: 'Nhiệm vụ' }] },
        { id: 'f', kind: 'ordinal', runs: [{ text: 'tiếp tục …' }] },
        { id: 'g', kind: 'ordinal', runs: [{ text: 'đẩy mạnh …' }] },
        { id: 'h', kind: 'heading2', label: '3.', runs: [{ text: 'Giữ số đã in' }] },
      ],
    });
    expect(blockTexts(doc.body)).toEqual([
      'Ngày 07 tháng 5 năm 2026, Ban Thường vụ …',
      'Sau khi nghe báo cáo, Ban Thường vụ thống nhất kết luận như sau:',
      'I. Kết quả',
      '1. Lãnh đạo UBND xã',
      '- Tập trung …',
      '1.1. Ban Xây dựng Đảng',
      'II. Nhiệm vụ',
      'Một là, tiếp tục …',
      'Hai là, đẩy mạnh …',
      '3. Giữ số đã in',
    ]);
    const first = doc.body[0];
    expect(first?.type === 'block' && first.block.kind).toBe('paragraph');
  });

  it('keeps run emphasis of outline blocks', () => {
    const doc = buildConclusionDocument({
      ...kienMinhInput,
      preamble: '',
      outline: [{ id: 'a', kind: 'bullet', runs: [{ text: 'Về tư tưởng:', italic: true }, { text: ' đạt ' }, { text: '25/33', bold: true }] }],
    });
    const [item] = doc.body;
    expect(item?.type === 'block' ? item.block.runs : null).toEqual([
      { text: 'Về tư tưởng:', italic: true },
      { text: ' đạt ' },
      { text: '25/33', bold: true },
    ]);
  });

  it('writes the signature "T/L BAN THƯỜNG VỤ" / "CHÁNH VĂN PHÒNG" / name', () => {
    const doc = buildConclusionDocument(kienMinhInput);
    expect(doc.signatures).toEqual([{ authorityLine: 'T/L BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', signerName: 'Đỗ Đức Úy' }]);
    const personal = buildConclusionDocument({
      ...kienMinhInput,
      signature: { authority: 'T/M', onBehalfOf: 'ban thường vụ', title: 'bí thư', signerName: ' Vũ Bình Dương ', signerId: null },
    });
    expect(personal.signatures[0]).toEqual({ authorityLine: 'T/M BAN THƯỜNG VỤ', title: 'BÍ THƯ', signerName: 'Vũ Bình Dương' });
    const none = buildConclusionDocument({
      ...kienMinhInput,
      signature: { authority: null, onBehalfOf: '', title: 'BÍ THƯ', signerName: 'A', signerId: null },
    });
    expect(none.signatures[0]?.authorityLine).toBeNull();
  });

  it('normalizes every text to NFC', () => {
    const doc = buildConclusionDocument({
      ...kienMinhInput,
      summary: 'về đánh giá kết quả'.normalize('NFD'),
      preamble: 'Ngày 07 tháng 5'.normalize('NFD'),
      outline: [{ id: 'a', kind: 'paragraph', runs: [{ text: 'Đảng ủy'.normalize('NFD') }] }],
    });
    const json = JSON.stringify(doc);
    expect(json).toBe(json.normalize('NFC'));
  });
});

describe('recipients', () => {
  it('opens each line with "- ", closes with ",", adds "(để báo cáo)" for superiors and ends with "- Lưu VPĐU."', () => {
    const doc = buildConclusionDocument(kienMinhInput);
    const lines = doc.recipients.map((r) => r.text);
    expect(lines[0]).toBe('- Thường trực Thành ủy (để báo cáo),');
    expect(lines[3]).toBe('- Thường trực Đảng ủy, HĐND, UBND xã,');
    expect(lines[lines.length - 1]).toBe('- Lưu VPĐU.');
    expect(lines.filter((l) => l.includes('Lưu'))).toHaveLength(1);
    for (const line of lines.slice(0, -1)) expect(line).toMatch(/^- .*,$/);
  });

  it('does not double punctuation, dashes or the report note the user typed', () => {
    const lines = buildRecipientLines(
      [
        { text: '- Thường trực Thành ủy (báo cáo),', forReport: true },
        { text: 'Các chi bộ trực thuộc;' },
        { text: '  ' },
      ],
      'ĐU',
    ).map((r) => r.text);
    expect(lines).toEqual(['- Thường trực Thành ủy (báo cáo),', '- Các chi bộ trực thuộc,', '- Lưu VPĐU.']);
  });

  it('adds the archive line once: a typed one is kept in its wording and moved last', () => {
    const lines = buildRecipientLines(
      [{ text: 'Lưu VP ĐU' }, { text: 'Thường trực Đảng ủy', forReport: false }],
      'ĐU',
    ).map((r) => r.text);
    expect(lines).toEqual(['- Thường trực Đảng ủy,', '- Lưu VP ĐU.']);
    const twice = buildRecipientLines(buildRecipientLines([{ text: 'UBND xã' }], 'ĐU'), 'ĐU').map((r) => r.text);
    expect(twice).toEqual(['- UBND xã,', '- Lưu VPĐU.']);
  });

  it('archives at the issuer\'s office', () => {
    expect(archiveHolder('ĐU')).toBe('VPĐU');
    expect(archiveHolder('TU')).toBe('VPTU');
    expect(archiveHolder('VPĐU')).toBe('VPĐU');
    expect(buildRecipientLines([], 'ĐU')).toEqual([{ text: '- Lưu VPĐU.' }]);
  });
});

describe('number line', () => {
  it('writes "Số 62-TB/ĐU" with no colon, even when one was typed', () => {
    expect(formatNumberLine('62-TB/ĐU', 'TB', 'ĐU')).toBe('Số 62-TB/ĐU');
    expect(formatNumberLine('Số: 62-TB/ĐU', 'TB', 'ĐU')).toBe('Số 62-TB/ĐU');
    expect(formatNumberLine(null, 'BB', 'ĐU')).toBe('Số      -BB/ĐU');
    expect(formatNumberLine('  ', 'KL', 'ĐU')).toBe('Số      -KL/ĐU');
  });
});

describe('empty template slots', () => {
  it('are not printed and do not take a number', () => {
    const doc = buildConclusionDocument({
      ...kienMinhInput,
      preamble: '',
      outline: [
        { id: 'a', kind: 'heading1', runs: [{ text: 'Kết quả' }] },
        { id: 'b', kind: 'bullet', runs: [] },
        { id: 'c', kind: 'heading1', runs: [{ text: '  ' }] },
        { id: 'd', kind: 'heading1', runs: [{ text: 'Nhiệm vụ' }] },
      ],
    });
    const labels = doc.body.flatMap((item) => (item.type === 'block' ? [item.label] : []));
    expect(labels).toEqual(['I.', 'II.']);
  });
});

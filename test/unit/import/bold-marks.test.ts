import { describe, expect, it } from 'vitest';
import { boldMarkedRuns, markBold, withoutBoldMarks } from '../../../shared/document/bold-marks';
import { buildConclusionDocument } from '../../../shared/document/conclusion-document';
import { parseConclusionText } from '../../../electron/import/parse-conclusion';

describe('bold in the opening paragraphs', () => {
  it('reads **…** as bold and leaves single or unpaired stars literal', () => {
    expect(boldMarkedRuns('Ngày **10/02/2026**, Ban Thường vụ họp')).toEqual([
      { text: 'Ngày ' },
      { text: '10/02/2026', bold: true },
      { text: ', Ban Thường vụ họp' },
    ]);
    expect(boldMarkedRuns('Hội nghị lần thứ * và ** chưa đóng')).toEqual([{ text: 'Hội nghị lần thứ * và ** chưa đóng' }]);
    expect(withoutBoldMarks('Nghe **Báo cáo số 12-BC/ĐU** và **Tờ trình**')).toBe('Nghe Báo cáo số 12-BC/ĐU và Tờ trình');
  });

  it('writes bold runs back as marks, spaces outside, neighbours joined', () => {
    expect(markBold([{ text: 'Ngày' }, { text: ' 05/3/2026 ', bold: true }, { text: 'tại' }])).toBe('Ngày **05/3/2026** tại');
    expect(markBold([{ text: 'Báo cáo ', bold: true }, { text: 'số 7', bold: true }])).toBe('**Báo cáo** **số 7**');
    expect(markBold([{ text: 'a', bold: true }, { text: 'b', bold: true, italic: true }])).toBe('**ab**');
  });

  it('keeps bold from the parsed preamble, and the meeting is still read from the plain text', () => {
    const parsed = parseConclusionText(
      [
        'ĐẢNG ỦY XÃ HÒA AN',
        'Số 08-TB/ĐU',
        'Hòa An, ngày 20 tháng 3 năm 2026',
        'THÔNG BÁO',
        'về công tác thủy lợi',
        '',
        'Ngày **18/3/2026**, Ban Thường vụ Đảng ủy xã họp, nghe **Báo cáo số 21-BC/ĐU** của Văn phòng. Đồng chí Hà Văn Sơn - Bí thư Đảng ủy chủ trì. Ban Thường vụ kết luận như sau:',
        '',
        '1. Ủy ban nhân dân xã nạo vét kênh mương trước ngày 30/4/2026.',
      ].join('\n'),
    );
    expect(parsed.preamble).toContain('Ngày **18/3/2026**, Ban Thường vụ');
    expect(parsed.preamble).toContain('nghe **Báo cáo số 21-BC/ĐU** của');
    expect(parsed.meeting.date).toBe('2026-03-18');
  });

  it('prints marked bold in the document model of a conclusion', () => {
    const doc = buildConclusionDocument({
      profile: { superiorCommittee: 'ĐẢNG BỘ TỈNH AN GIANG', committee: 'ĐẢNG ỦY XÃ HÒA AN', place: 'Hòa An', issuerAbbreviation: 'ĐU' },
      kind: 'TB',
      body: 'standingCommittee',
      meetingId: null,
      templateKey: null,
      subtitle: null,
      summary: 'về công tác thủy lợi',
      preamble: 'Ngày **18/3/2026**, Ban Thường vụ họp.',
      outline: [],
      recipients: [],
      signature: { authority: 'T/M', onBehalfOf: 'BAN THƯỜNG VỤ', title: 'BÍ THƯ', signerName: 'Hà Văn Sơn', signerId: null },
      urgency: null,
      secrecy: null,
      numberSymbol: '08-TB/ĐU',
      issueDate: '2026-03-20',
      status: 'issued',
    });
    const first = doc.body[0];
    expect(first?.type === 'block' ? first.block.runs : null).toEqual([{ text: 'Ngày ' }, { text: '18/3/2026', bold: true }, { text: ', Ban Thường vụ họp.' }]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildMinutesDocument,
  conferenceOrdinal,
  defaultMeetingTitle,
  formatClockTime,
  localityFromCommittee,
} from '../../../shared/document/minutes-document';
import { kienMinhMinutesMeeting, kienMinhProfile } from '../../support/corpus-documents';

function texts(doc: ReturnType<typeof buildMinutesDocument>): string[] {
  return doc.body.map((item) =>
    item.type === 'block' ? `${item.label ? `${item.label} ` : ''}${item.block.runs.map((r) => r.text).join('')}` : '[table]',
  );
}

describe('buildMinutesDocument', () => {
  const doc = buildMinutesDocument(kienMinhMinutesMeeting, kienMinhProfile, { numberSymbol: '15-BB/ĐU' });

  it('numbers the minutes "Số 15-BB/ĐU" and dates them on the meeting day', () => {
    expect(doc.header.numberLine).toBe('Số 15-BB/ĐU');
    expect(doc.header.placeDateLine).toBe('Kiến Minh, ngày 07 tháng 5 năm 2026');
    expect(doc.header.marks).toEqual([]);
    const blank = buildMinutesDocument(kienMinhMinutesMeeting, kienMinhProfile, { numberSymbol: null, status: 'draft' });
    expect(blank.header.numberLine).toBe('Số      -BB/ĐU');
    expect(blank.header.marks).toEqual(['DỰ THẢO']);
  });

  it('titles it "BIÊN BẢN" + the "Hội nghị …" line', () => {
    expect(doc.title).toEqual({
      documentType: 'BIÊN BẢN',
      subtitle: null,
      summary: 'Hội nghị Ban Thường vụ Đảng ủy xã Kiến Minh lần thứ Hai',
    });
    expect(defaultMeetingTitle({ ...kienMinhMinutesMeeting, kind: 'session', sequenceNumber: 10 }, kienMinhProfile)).toBe(
      'Kỳ họp thứ 10 Ban Thường vụ Đảng ủy xã Kiến Minh',
    );
    expect(defaultMeetingTitle({ ...kienMinhMinutesMeeting, body: 'executiveCommittee', sequenceNumber: null }, kienMinhProfile)).toBe(
      'Hội nghị Ban Chấp hành Đảng bộ xã Kiến Minh',
    );
    const custom = buildMinutesDocument(kienMinhMinutesMeeting, kienMinhProfile, { numberSymbol: null, meetingTitle: 'Hội nghị giao ban' });
    expect(custom.title.summary).toBe('Hội nghị giao ban');
  });

  it('records time, place, content, chair, recorder and documents, then "1. Thành phần" and "2. Diễn biến"', () => {
    expect(texts(doc)).toEqual([
      'Thời gian: Bắt đầu vào hồi 08 giờ 00 phút, ngày 07 tháng 5 năm 2026.',
      'Địa điểm: Hội trường Đảng ủy xã Kiến Minh.',
      'Nội dung: đánh giá kết quả thực hiện nhiệm vụ tháng 4; triển khai nhiệm vụ trọng tâm tháng 5 năm 2026.',
      'Chủ trì: đồng chí Vũ Bình Dương, Bí thư Đảng ủy, Chủ tịch HĐND xã.',
      'Thư ký (người ghi biên bản): đồng chí Đỗ Đức Úy, Chánh Văn phòng Đảng ủy.',
      'Tài liệu sử dụng tại hội nghị:',
      '- Báo cáo số 125-BC/ĐU ngày 05/5/2026 về kết quả thực hiện nhiệm vụ tháng 4, nhiệm vụ trọng tâm tháng 5 năm 2026 (đồng chí Nguyễn Văn An trình bày).',
      '1. Thành phần',
      'Có mặt: 3/4 đồng chí được triệu tập.',
      'Vắng mặt: 1 đồng chí:',
      '- Đồng chí Lê Văn Cường, Chủ nhiệm UBKT Đảng ủy (lý do: đi học tập trung).',
      'Đại biểu dự:',
      '- Đồng chí Bùi Văn Thăng, Ủy viên Ban Thường vụ Thành ủy.',
      '2. Diễn biến hội nghị',
      '2.1. Đánh giá kết quả thực hiện nhiệm vụ tháng 4 năm 2026',
      'Đồng chí Nguyễn Văn An trình bày dự thảo báo cáo.',
      '- Đồng chí Trần Thị Bình: đề nghị bổ sung kết quả thu ngân sách.',
      '+ Thu ngân sách đạt khá.',
      '2.2. Triển khai nhiệm vụ trọng tâm tháng 5 năm 2026',
      'Các đồng chí dự hội nghị thống nhất với dự thảo.',
      'Hội nghị kết thúc vào hồi 11 giờ 30 phút cùng ngày.',
    ]);
  });

  it('leaves the closing time to fill when it is unknown', () => {
    const open = buildMinutesDocument({ ...kienMinhMinutesMeeting, endTime: null }, kienMinhProfile, { numberSymbol: null });
    expect(texts(open).at(-1)).toBe('Hội nghị kết thúc vào hồi …… giờ …… phút cùng ngày.');
  });

  it('signs with the recorder on the left and the chair on the right', () => {
    expect(doc.signatures).toEqual([
      { authorityLine: null, title: 'NGƯỜI GHI BIÊN BẢN', signerName: 'Đỗ Đức Úy' },
      { authorityLine: 'T/M BAN THƯỜNG VỤ', title: 'CHỦ TRÌ', signerName: 'Vũ Bình Dương' },
    ]);
    const board = buildMinutesDocument({ ...kienMinhMinutesMeeting, body: 'permanentBoard' }, kienMinhProfile, { numberSymbol: null });
    expect(board.signatures[1]?.authorityLine).toBeNull();
    const override = buildMinutesDocument(kienMinhMinutesMeeting, kienMinhProfile, { numberSymbol: null, chairAuthorityLine: null });
    expect(override.signatures[1]?.authorityLine).toBeNull();
    expect(doc.recipients).toEqual([{ text: '- Lưu VPĐU.' }]);
  });

  it('helpers: ordinals, clock times, locality', () => {
    expect(conferenceOrdinal(1)).toBe('Nhất');
    expect(conferenceOrdinal(4)).toBe('Tư');
    expect(conferenceOrdinal(12)).toBe('12');
    expect(formatClockTime('08:05')).toBe('08 giờ 05 phút');
    expect(localityFromCommittee('ĐẢNG ỦY PHƯỜNG NGUYỄN TRUNG TRỰC')).toBe('phường Nguyễn Trung Trực');
    expect(localityFromCommittee('Đảng uỷ xã Kiến Minh')).toBe('xã Kiến Minh');
    expect(localityFromCommittee('CHI BỘ THÔN 3')).toBe('');
  });
});

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

  it('records time, place, content, chair, recorder; "1. Thành phần" to "4. Kết luận"', () => {
    expect(texts(doc)).toEqual([
      'Thời gian: Bắt đầu vào hồi 08 giờ 00 phút, ngày 07 tháng 5 năm 2026.',
      'Địa điểm: Hội trường Đảng ủy xã Kiến Minh.',
      'Nội dung: đánh giá kết quả thực hiện nhiệm vụ tháng 4; triển khai nhiệm vụ trọng tâm tháng 5 năm 2026.',
      'Chủ trì: đồng chí Vũ Bình Dương, Bí thư Đảng ủy, Chủ tịch HĐND xã.',
      'Thư ký (người ghi biên bản): đồng chí Đỗ Đức Úy, Chánh Văn phòng Đảng ủy.',
      '1. Thành phần',
      'Số đồng chí được triệu tập: 4; có mặt: 3 đồng chí; vắng mặt: 1 đồng chí.',
      'Có mặt:',
      '- Đồng chí Vũ Bình Dương, Bí thư Đảng ủy;',
      '- Đồng chí Nguyễn Văn An, Phó Bí thư Thường trực Đảng ủy;',
      '- Đồng chí Trần Thị Bình, Chủ tịch UBND xã.',
      'Vắng mặt:',
      '- Đồng chí Lê Văn Cường, Chủ nhiệm UBKT Đảng ủy (lý do: đi học tập trung).',
      'Đại biểu mời dự:',
      '- Đồng chí Bùi Văn Thăng, Ủy viên Ban Thường vụ Thành ủy.',
      '2. Tài liệu trình tại hội nghị',
      '- Báo cáo số 125-BC/ĐU ngày 05/5/2026 về kết quả thực hiện nhiệm vụ tháng 4, nhiệm vụ trọng tâm tháng 5 năm 2026 (đồng chí Nguyễn Văn An trình bày).',
      '3. Diễn biến hội nghị',
      '3.1. Đánh giá kết quả thực hiện nhiệm vụ tháng 4 năm 2026',
      'Đồng chí Nguyễn Văn An trình bày dự thảo báo cáo.',
      '- Đồng chí Trần Thị Bình: đề nghị bổ sung kết quả thu ngân sách.',
      '+ Thu ngân sách đạt khá.',
      '3.2. Triển khai nhiệm vụ trọng tâm tháng 5 năm 2026',
      'Các đồng chí dự hội nghị thống nhất với dự thảo.',
      '4. Kết luận của hội nghị',
      '……',
      'Hội nghị kết thúc vào hồi 11 giờ 30 phút cùng ngày.',
    ]);
  });

  it('leaves a "……" blank for every fact the record does not hold, and never prints the internal notes', () => {
    const bare = buildMinutesDocument(
      {
        ...kienMinhMinutesMeeting,
        startTime: null,
        endTime: null,
        place: '',
        subject: '',
        chair: null,
        secretary: { name: '', title: '' },
        attendees: [],
        invitedDelegates: [],
        presentedDocuments: [],
        agenda: [{ title: 'Công tác cán bộ', notes: '' }],
        notes: 'Nhập từ văn bản kết luận đã ban hành.',
      },
      kienMinhProfile,
      { numberSymbol: null },
    );
    const lines = texts(bare);
    expect(lines).toEqual([
      'Thời gian: Bắt đầu vào hồi …… giờ …… phút, ngày 07 tháng 5 năm 2026.',
      'Địa điểm: ……',
      'Nội dung: ……',
      'Chủ trì: ……',
      'Thư ký (người ghi biên bản): ……',
      '1. Thành phần',
      'Số đồng chí được triệu tập: ……; có mặt: …… đồng chí; vắng mặt: …… đồng chí.',
      'Đại biểu mời dự: ……',
      '2. Tài liệu trình tại hội nghị',
      '……',
      '3. Diễn biến hội nghị',
      '3.1. Công tác cán bộ',
      'Ý kiến phát biểu, thảo luận: ……',
      '4. Kết luận của hội nghị',
      '……',
      'Hội nghị kết thúc vào hồi …… giờ …… phút cùng ngày.',
    ]);
    expect(lines.join('\n')).not.toContain('Nhập từ');
    const unknownReason = buildMinutesDocument(
      { ...kienMinhMinutesMeeting, attendees: [{ name: 'Lê Văn Cường', title: '', category: '', present: false, absenceReason: '' }] },
      kienMinhProfile,
      { numberSymbol: null },
    );
    expect(texts(unknownReason)).toContain('- Đồng chí Lê Văn Cường (lý do: ……).');
  });

  it('prints the issued conclusion as the conclusion section, with the labels it was issued with', () => {
    const withConclusion = buildMinutesDocument(kienMinhMinutesMeeting, kienMinhProfile, {
      numberSymbol: null,
      conclusions: [
        {
          kind: 'TB',
          numberSymbol: '62-TB/ĐU',
          issueDate: '2026-05-08',
          outline: [
            { id: 'a', kind: 'heading1', runs: [{ text: 'Nhiệm vụ trọng tâm tháng 5' }] },
            { id: 'b', kind: 'heading2', runs: [{ text: 'UBND xã: chỉ đạo thu ngân sách.' }] },
            { id: 'c', kind: 'paragraph', runs: [{ text: '' }] },
            { id: 'd', kind: 'bullet', runs: [{ text: 'Giao Văn phòng Đảng ủy theo dõi.' }] },
          ],
        },
      ],
    });
    const lines = texts(withConclusion);
    const at = lines.indexOf('4. Kết luận của hội nghị');
    expect(lines.slice(at + 1)).toEqual([
      'Thay mặt hội nghị, đồng chí Vũ Bình Dương kết luận (Thông báo kết luận số 62-TB/ĐU ngày 08/5/2026):',
      'I. Nhiệm vụ trọng tâm tháng 5',
      '1. UBND xã: chỉ đạo thu ngân sách.',
      '- Giao Văn phòng Đảng ủy theo dõi.',
      'Hội nghị kết thúc vào hồi 11 giờ 30 phút cùng ngày.',
    ]);
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
    // Minutes are kept, not sent: no "Nơi nhận" unless recipients are given.
    expect(doc.recipients).toEqual([]);
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

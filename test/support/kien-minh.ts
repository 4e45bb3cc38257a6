/** The meeting of tb-ket-luan-btv-thang-04-2026-kien-minh.txt, as the office would record it. */
export const kienMinhMeeting = {
  body: 'standingCommittee' as const,
  kind: 'conference' as const,
  sequenceNumber: null,
  subject: 'đánh giá kết quả thực hiện nhiệm vụ tháng 04; triển khai nhiệm vụ trọng tâm tháng 05 năm 2026',
  date: '2026-05-07',
  place: 'Hội trường Đảng ủy xã',
  chair: { name: 'Vũ Bình Dương', title: 'Bí thư Đảng ủy, Chủ tịch HĐND xã' },
  secretary: { name: 'Đỗ Đức Úy', title: 'Chánh Văn phòng Đảng ủy' },
  attendanceSummary:
    'các đồng chí Ủy viên Ban Thường vụ Đảng ủy; đại diện Thường trực HĐND, lãnh đạo UBND xã; lãnh đạo các phòng, ban chuyên môn và Chánh Văn phòng Đảng ủy, Chánh Văn phòng HĐND và UBND xã',
  agenda: [
    { title: 'Đánh giá kết quả thực hiện nhiệm vụ tháng 4 năm 2026', notes: 'Giải phóng mặt bằng Dự án đường bộ cao tốc Ninh Bình - Hải Phòng bảo đảm tiến độ.' },
    { title: 'Nhiệm vụ trọng tâm tháng 5 năm 2026', notes: '' },
  ],
};

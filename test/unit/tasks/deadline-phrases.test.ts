import { describe, expect, it } from 'vitest';
import { readDeadline, readDeadlines } from '../../../shared/tasks/deadline-phrases';

const jan29 = { referenceDate: '2026-01-29' };
const may08 = { referenceDate: '2026-05-08' };

describe('readDeadline: phrases that are deadlines', () => {
  const cases: ReadonlyArray<readonly [string, string, { referenceDate: string }, string, string]> = [
    ['a full date after "hoàn thành trong ngày"', 'Tổ chức tổng kết, hoàn thành trong ngày 25/3/2026.', jan29, '2026-03-25', 'hoàn thành trong ngày 25/3/2026'],
    ['day/month without a year takes the reference year', 'Báo cáo kết quả trước ngày 15/6.', jan29, '2026-06-15', 'trước ngày 15/6'],
    ['day/month already past takes next year', 'Báo cáo kết quả trước ngày 15/01.', may08, '2027-01-15', 'trước ngày 15/01'],
    ['the written-out date', 'Nộp hồ sơ trước ngày 15 tháng 6 năm 2026.', jan29, '2026-06-15', 'trước ngày 15 tháng 6 năm 2026'],
    ['the written-out date without its year', 'Nộp hồ sơ trước ngày 15 tháng 6.', jan29, '2026-06-15', 'trước ngày 15 tháng 6'],
    ['"trong tháng" is the end of that month', 'Hoàn thiện hồ sơ trong tháng 12/2025.', { referenceDate: '2025-11-20' }, '2025-12-31', 'trong tháng 12/2025'],
    ['February ends on the 28th in 2026', 'Hoàn thiện dự thảo trong tháng 02/2026.', jan29, '2026-02-28', 'trong tháng 02/2026'],
    ['a month after "phấn đấu … hoàn thành"', 'Phấn đấu hoàn thành tháng 05/2026.', jan29, '2026-05-31', 'hoàn thành tháng 05/2026'],
    ['a month written with "năm"', 'Hoàn thành trước tháng 7 năm 2026.', jan29, '2026-07-31', 'Hoàn thành trước tháng 7 năm 2026'],
    ['quarter in Roman numerals with its year', 'xây dựng kế hoạch đánh giá, xếp loại cán bộ quý II năm 2026 theo quy định', may08, '2026-06-30', 'quý II năm 2026'],
    ['quarter in digits', 'Sơ kết quý 2/2026.', jan29, '2026-06-30', 'quý 2/2026'],
    ['quarter without a year', 'Hoàn thành trong quý III.', jan29, '2026-09-30', 'Hoàn thành trong quý III'],
    ['quarter IV', 'Tổng kết trong quý IV/2026.', jan29, '2026-12-31', 'trong quý IV/2026'],
    ['"6 tháng đầu năm" is 30 June', 'Sơ kết 6 tháng đầu năm.', jan29, '2026-06-30', '6 tháng đầu năm'],
    ['"6 tháng cuối năm" is 31 December', 'Thực hiện nhiệm vụ 6 tháng cuối năm.', jan29, '2026-12-31', '6 tháng cuối năm'],
    ['"6 tháng cuối năm 2026" with its year', 'Lãnh đạo tổ chức hiệu quả kỳ họp thường lệ HĐND xã 6 tháng cuối năm 2026;', { referenceDate: '2026-06-26' }, '2026-12-31', '6 tháng cuối năm 2026'],
    ['"9 tháng" is 30 September', 'Báo cáo kết quả 9 tháng.', jan29, '2026-09-30', '9 tháng'],
    ['"cuối năm"', 'Tổng kết vào cuối năm.', may08, '2026-12-31', 'vào cuối năm'],
    ['"trong năm 2026"', 'Hoàn thành xây dựng trường chuẩn trong năm 2026.', jan29, '2026-12-31', 'trong năm 2026'],
    ['"trước 30/4" without "ngày"', 'Hoàn thành giải phóng mặt bằng trước 30/4.', jan29, '2026-04-30', 'trước 30/4'],
    ['"đến hết tháng 6/2026"', '05 nhiệm vụ trọng tâm tiếp tục thực hiện đến hết tháng 6/2026.', jan29, '2026-06-30', 'đến hết tháng 6/2026'],
    ['capitals and "Uỷ"-style input', 'HOÀN THÀNH TRƯỚC NGÀY 15/6/2026', jan29, '2026-06-15', 'HOÀN THÀNH TRƯỚC NGÀY 15/6/2026'],
    ['a bare full date that cites nothing', 'Tổ chức Hội nghị ngày 15/7/2026 tại hội trường.', jan29, '2026-07-15', 'ngày 15/7/2026'],
    ['other separators in a full date', 'Nộp báo cáo chậm nhất ngày 20-6-2026.', jan29, '2026-06-20', 'báo cáo chậm nhất ngày 20-6-2026'],
    ['29 February exists in a leap year', 'Hoàn thành trước ngày 29/02/2028.', jan29, '2028-02-29', 'Hoàn thành trước ngày 29/02/2028'],
  ];
  it.each(cases)('%s', (_name, text, context, dueDate, phrase) => {
    expect(readDeadline(text, context)).toEqual({ dueDate, phrase });
  });
});

describe('readDeadline: Tết', () => {
  it('"trước Tết Nguyên đán" is the day before the next Tết (Bính Ngọ, 17/02/2026)', () => {
    const text = 'hoàn thành đợt 1 kế hoạch hỗ trợ nhà ở cho các hộ khó khăn (14 căn) trước Tết Nguyên đán.';
    expect(readDeadline(text, jan29)).toEqual({ dueDate: '2026-02-16', phrase: 'trước Tết Nguyên đán' });
  });
  it('after this year\'s Tết, the next one (Đinh Mùi, 06/02/2027)', () => {
    expect(readDeadline('Hoàn thành trước Tết Nguyên đán.', { referenceDate: '2026-03-01' })?.dueDate).toBe('2027-02-05');
  });
  it('on Tết itself, the next one', () => {
    expect(readDeadline('Hoàn thành trước Tết.', { referenceDate: '2026-02-17' })?.dueDate).toBe('2027-02-05');
  });
  it('a named year picks that Tết', () => {
    expect(readDeadline('trước Tết Nguyên đán Đinh Mùi', jan29)?.dueDate).toBe('2027-02-05');
    expect(readDeadline('trước Tết Nguyên đán Bính Ngọ', jan29)?.dueDate).toBe('2026-02-16');
  });
  it('"trước Tết Dương lịch" is 31 December', () => {
    expect(readDeadline('Thanh toán trước Tết Dương lịch.', may08)?.dueDate).toBe('2026-12-31');
  });
});

describe('readDeadline: several dates', () => {
  it('a schedule of steps is due at its last step', () => {
    const text =
      'Bảy là, đẩy nhanh tiến độ các nhiệm vụ quy hoạch; tiếp tục hoàn thiện hồ sơ, thủ tục pháp lý, phân đấu trong tháng 02/2026 hoàn thành dự thảo, tháng 03/2026 tổ chức lấy ý kiến Nhân dân và các sở, ngành liên quan, tháng 05/2026 phê duyệt và triển khai thực hiện.';
    expect(readDeadline(text, jan29)).toEqual({ dueDate: '2026-05-31', phrase: 'tháng 05/2026' });
    expect(readDeadlines(text, jan29).map((d) => d.dueDate)).toEqual(['2026-02-28', '2026-03-31', '2026-05-31']);
  });
  it('a cited document date next to a deadline is skipped', () => {
    const text = 'Triển khai Nghị quyết số 05-NQ/TU ngày 14/01/2026 của Ban Chấp hành, hoàn thành trước ngày 30/6/2026.';
    expect(readDeadlines(text, jan29)).toEqual([{ dueDate: '2026-06-30', phrase: 'hoàn thành trước ngày 30/6/2026' }]);
  });
});

describe('readDeadline: not deadlines', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['a vague "trong tuần"', 'Hoàn thành trong tuần.'],
    ['a vague "thời gian tới"', 'Tập trung chỉ đạo trong thời gian tới.'],
    ['a cited resolution', 'Tiếp tục triển khai các mô hình để thực hiện Nghị quyết số 05-NQ/TU ngày 14/01/2026 của Ban Chấp hành Đảng bộ thành phố.'],
    ['a cited resolution cut by a page break', 'Tiếp tục triển khai quyết liệt thực hiện Nghị quyết số 01-NQ/ĐU ngày\n\n07/8/2025 của Ban Thường vụ Đảng ủy xã về bảo đảm vệ sinh môi trường giai đoạn 2025-2030.'],
    ['a cited report in the state style', 'Sau khi nghe Báo cáo số 127/BC-ĐU ngày 22/6/2026 của Ban Thường vụ Đảng ủy.'],
    ['a document date followed by "của"', 'Thực hiện Kết luận ngày 10/3/2026 của Ban Thường vụ.'],
    ['an impossible date', 'Hoàn thành trước ngày 31/02/2026.'],
    ['an impossible written-out date', 'Hoàn thành trước ngày 31 tháng 02 năm 2026.'],
    ['an impossible day/month without year', 'Hoàn thành trước ngày 30/02.'],
    ['an anniversary in brackets', 'Kỷ niệm Ngày thành lập Đảng Cộng sản Việt Nam (03/02) và các hoạt động mừng Đảng, mừng Xuân.'],
    ['a school year', 'Hoàn thành năm học 2025-2026; triển khai tuyển sinh năm học 2026-2027.'],
    ['a term of office', 'Tổng kết nhiệm kỳ 2021-2026.'],
    ['a month named without a deadline word', 'Chủ động tham mưu ban hành Chương trình công tác tháng 5.'],
    ['a month with its year but without a deadline word', 'Tập trung theo dõi, chỉ đạo các nhiệm vụ trọng tâm tháng 5 năm 2026.'],
    ['a bare year', 'Tập trung thực hiện tốt công tác tuyển chọn, gọi công dân nhập ngũ năm 2027.'],
    ['a duration', 'Hoàn thành trong 6 tháng.'],
    ['Tết trồng cây is not Tết Nguyên đán', 'Chuẩn bị trước Tết trồng cây.'],
    ['"trước, trong và sau Tết" is not a date', 'Thực hiện tốt thu gom rác thải, vệ sinh môi trường trước, trong và sau Tết.'],
    ['fractions and counts', 'có 25/33 chỉ tiêu hoàn thành, 23/28 nhiệm vụ trọng tâm hoàn thành'],
    ['a bare day/month without any deadline word', 'Gặp mặt vào dịp 03/02 hằng năm.'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(readDeadline(text, jan29)).toBeNull();
  });
  it('rejects an invalid reference date', () => {
    expect(() => readDeadline('trước ngày 15/6', { referenceDate: '2026-13-01' })).toThrow(RangeError);
  });
});

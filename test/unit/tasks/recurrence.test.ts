import { describe, expect, it } from 'vitest';
import { nextOccurrence, readRecurrence } from '../../../shared/tasks/recurrence';

describe('readRecurrence', () => {
  const cases: ReadonlyArray<readonly [string, 'monthly' | 'quarterly' | 'yearly' | null]> = [
    ['Báo cáo kết quả hằng tháng về Văn phòng Đảng ủy.', 'monthly'],
    ['Tổng hợp, báo cáo hàng tháng.', 'monthly'],
    ['Mỗi tháng tổ chức một buổi sinh hoạt chuyên đề.', 'monthly'],
    ['Định kỳ hằng tháng báo cáo Thường trực.', 'monthly'],
    ['Báo cáo định kỳ hằng quý.', 'quarterly'],
    ['Sơ kết hàng quý.', 'quarterly'],
    ['Kiểm tra hằng năm theo kế hoạch.', 'yearly'],
    ['Tổ chức hội nghị thường niên.', 'yearly'],
    ['HẰNG THÁNG BÁO CÁO', 'monthly'],
    ['Báo cáo hằng tháng, tổng hợp hằng năm.', 'monthly'],
    ['Thực hiện theo quy định hiện hành.', null],
    ['Rà soát quy hoạch sử dụng đất.', null],
    ['Thường xuyên nắm bắt tình hình.', null],
    ['Hoàn thành năm học 2025-2026.', null],
    ['Tham mưu triển khai Chương trình công tác tháng, tuần của Đảng ủy.', null],
    ['Giao ban hằng tuần.', null],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(readRecurrence(text)).toBe(expected);
  });
});

describe('nextOccurrence', () => {
  const cases: ReadonlyArray<readonly [string, 'monthly' | 'quarterly' | 'yearly', string]> = [
    ['2026-05-15', 'monthly', '2026-06-15'],
    ['2026-12-10', 'monthly', '2027-01-10'],
    ['2026-01-31', 'monthly', '2026-02-28'],
    ['2026-04-30', 'monthly', '2026-05-31'],
    ['2026-02-28', 'monthly', '2026-03-31'],
    ['2026-01-30', 'monthly', '2026-02-28'],
    ['2026-03-31', 'quarterly', '2026-06-30'],
    ['2026-06-30', 'quarterly', '2026-09-30'],
    ['2026-11-15', 'quarterly', '2027-02-15'],
    ['2026-12-31', 'yearly', '2027-12-31'],
    ['2028-02-29', 'yearly', '2029-02-28'],
    ['2027-02-28', 'yearly', '2028-02-29'],
  ];
  it.each(cases)('%s %s → %s', (iso, recurrence, expected) => {
    expect(nextOccurrence(iso, recurrence)).toBe(expected);
  });
  it('rejects an invalid date', () => {
    expect(() => nextOccurrence('2026-02-30', 'monthly')).toThrow(RangeError);
  });
});

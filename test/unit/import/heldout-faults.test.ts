/**
 * Rules of the genre that the held-out set (test/fixtures/conclusions-heldout) showed missing,
 * each tested here on its own text (other names, places and dates than the held-out files).
 */
import { describe, expect, it } from 'vitest';
import { parseConclusionText } from '../../../electron/import/parse-conclusion';
import { proposeTasks } from '../../../shared/tasks/propose';
import { seedDirectory } from '../../support/conclusion-set';

const closing = '\n\nNơi nhận:\n- Lưu VPĐU.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nHà Thị Mai\n';

describe('rules the held-out set revealed', () => {
  it('splits a header whose two columns a PDF copy ran into one line', () => {
    const parsed = parseConclusionText(
      [
        'ĐẢNG BỘ TỈNH NGHỆ AN ĐẢNG CỘNG SẢN VIỆT NAM',
        'ĐẢNG ỦY XÃ VÂN DU',
        '* Vân Du, ngày 11 tháng 9 năm 2025',
        'Số 14-TB/ĐU',
        '',
        'THÔNG BÁO',
        'về công tác khuyến học',
        '',
        'Ngày 09/9/2025, Ban Thường vụ Đảng ủy xã họp. Ban Thường vụ kết luận như sau:',
        '',
        '1. Các chi bộ học tập Điều lệ Đảng, quán triệt đến đảng viên: ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM',
      ].join('\n') + closing,
    );
    expect(parsed.superiorCommittee).toBe('ĐẢNG BỘ TỈNH NGHỆ AN');
    expect(parsed.committee).toBe('ĐẢNG ỦY XÃ VÂN DU');
    expect(parsed.place).toBe('Vân Du');
    expect(parsed.issueDate).toBe('2025-09-11');
    expect(parsed.numberSymbol).toBe('14-TB/ĐU');
    // The motto inside the body, beside ordinary text, is not a header cell.
    expect(parsed.outline.map((b) => b.runs.map((r) => r.text).join('')).join('\n')).toContain('quán triệt đến đảng viên: ĐIỀU LỆ ĐẢNG CỘNG SẢN VIỆT NAM');
  });

  it('reads the chair of "họp dưới sự chủ trì của đồng chí …, <title>, nghe …"', () => {
    const parsed = parseConclusionText(
      'THÔNG BÁO\nvề công tác khuyến học\n\nSáng ngày 03/3/2025, Ban Thường vụ Đảng ủy xã họp dưới sự chủ trì của đồng chí Hà Thị Mai, Phó Bí thư Thường trực Đảng ủy, nghe Báo cáo số 7-BC/ĐU ngày 01/3/2025 của Văn phòng Đảng ủy. Ban Thường vụ kết luận như sau:\n\n1. Ủy ban nhân dân xã rà soát quỹ khuyến học.' +
        closing,
    );
    expect(parsed.meeting).toMatchObject({ chair: 'Hà Thị Mai', chairTitle: 'Phó Bí thư Thường trực Đảng ủy', date: '2025-03-03' });
    expect(parsed.meeting.presentedDocuments).toEqual([{ numberSymbol: '7-BC/ĐU', date: '2025-03-01' }]);
  });

  it('takes the Ban Thường vụ\'s own judgement ("đánh giá cao", "ghi nhận") for an evaluation, not a task', () => {
    const parsed = parseConclusionText(
      'THÔNG BÁO\nvề công tác khuyến học\n\nNgày 03/3/2025, Ban Thường vụ Đảng ủy xã họp. Ban Thường vụ kết luận như sau:\n\nMột là, Ban Thường vụ Đảng ủy đánh giá cao sự chủ động của Ủy ban nhân dân xã trong năm 2024.\n\nHai là, Hội nghị ghi nhận kết quả của Công an xã trong quý IV.\n\nBa là, Ủy ban nhân dân xã rà soát quỹ khuyến học trước ngày 30/4/2025.' +
        closing,
    );
    const tasks = proposeTasks(parsed.outline, seedDirectory(), { referenceDate: '2025-03-05' });
    expect(tasks.map((t) => t.content)).toEqual(['Ủy ban nhân dân xã rà soát quỹ khuyến học trước ngày 30/4/2025.']);
  });

  it('keeps a list of levels after a comma in the unit\'s name ("Các đảng ủy phường, xã")', () => {
    const parsed = parseConclusionText(
      'THÔNG BÁO\nvề công tác khuyến học\n\nNgày 03/3/2025, Ban Thường vụ Thị ủy họp. Ban Thường vụ kết luận như sau:\n\n1. Các đảng bộ phường, xã tổ chức học tập chuyên đề trong tháng 4/2025.' + closing,
    );
    const [task] = proposeTasks(parsed.outline, seedDirectory(), { referenceDate: '2025-03-05' });
    expect(task?.leadUnitNames).toEqual(['Các đảng bộ phường, xã']);
  });
});

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

describe('a subject that introduces the numbered items below it (held-out doc 03)', () => {
  const huyen = (body: string) =>
    parseConclusionText(
      `THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY\ntại buổi làm việc với Đảng ủy xã Phước Hưng\n\nNgày 12/4/2027, Thường trực Huyện ủy làm việc với Ban Thường vụ Đảng ủy xã Phước Hưng. Thường trực Huyện ủy kết luận như sau:\n\n${body}` +
        closing,
    );
  const tasksOf = (body: string, referenceDate = '2027-04-14') =>
    proposeTasks(huyen(body).outline, seedDirectory(), { referenceDate }).map((t) => ({ content: t.content, leads: t.leadUnitNames, dueDate: t.dueDate, source: t.leadSource }));

  it('gives the items the subject after a time adverbial ("Trong thời gian tới, Đảng ủy xã cần:")', () => {
    const tasks = tasksOf(
      [
        '1. Trong thời gian tới, Đảng ủy xã cần:',
        'a) Lãnh đạo hoàn thành việc sáp nhập các ấp trước ngày 30/6/2027.',
        'b) Chỉ đạo Công an xã giữ vững an ninh trật tự dịp lễ hội đầu năm, báo cáo kết quả trong tháng 7/2027.',
        '2. Đề nghị Văn phòng Huyện ủy theo dõi, đôn đốc.',
      ].join('\n\n'),
    );
    expect(tasks).toEqual([
      { content: 'Lãnh đạo hoàn thành việc sáp nhập các ấp trước ngày 30/6/2027.', leads: ['Đảng ủy xã'], dueDate: '2027-06-30', source: 'heading' },
      {
        content: 'Chỉ đạo Công an xã giữ vững an ninh trật tự dịp lễ hội đầu năm, báo cáo kết quả trong tháng 7/2027.',
        leads: ['Đảng ủy xã'],
        dueDate: '2027-07-31',
        source: 'heading',
      },
      { content: 'Đề nghị Văn phòng Huyện ủy theo dõi, đôn đốc.', leads: ['Văn phòng Huyện ủy'], dueDate: null, source: 'assignment' },
    ]);
  });

  it('does so for a directory unit, with "phải", "Năm 2027," and sub-numbered items', () => {
    const tasks = tasksOf(
      ['2. Năm 2027, Ủy ban nhân dân xã phải tập trung:', '2.1. Giải ngân toàn bộ vốn đầu tư công đã giao trước ngày 15/12/2027.', '2.2. Hoàn thành kiểm kê đất đai theo kế hoạch của huyện.'].join(
        '\n\n',
      ),
    );
    expect(tasks.map((t) => [t.leads, t.dueDate])).toEqual([
      [['Ủy ban nhân dân xã'], '2027-12-15'],
      [['Ủy ban nhân dân xã'], null],
    ]);
  });

  it('keeps a long introducing heading ("… các nhiệm vụ trọng tâm sau đây:") out of the tasks; its items are the tasks', () => {
    const tasks = tasksOf(
      [
        '3. Sau buổi làm việc này, Ban Chỉ huy Quân sự xã cần tập trung lãnh đạo, chỉ đạo thực hiện thật tốt các nhiệm vụ trọng tâm sau đây:',
        'a) Hoàn thành giao quân năm 2028 đạt 100% chỉ tiêu.',
        'b) Huấn luyện lực lượng dân quân thường trực theo kế hoạch.',
      ].join('\n\n'),
    );
    expect(tasks.map((t) => [t.content, t.leads])).toEqual([
      ['Hoàn thành giao quân năm 2028 đạt 100% chỉ tiêu.', ['Ban Chỉ huy Quân sự xã']],
      ['Huấn luyện lực lượng dân quân thường trực theo kế hoạch.', ['Ban Chỉ huy Quân sự xã']],
    ]);
  });

  it('reads no tasks under a past deed ("Thời gian qua, Đảng ủy xã đã …:")', () => {
    const tasks = tasksOf(
      ['1. Thời gian qua, Đảng ủy xã đã lãnh đạo thực hiện:', 'a) Xây dựng 12 km đường giao thông nông thôn.', 'b) Kết nạp 9 đảng viên mới, vượt chỉ tiêu.', '2. Giao Ủy ban nhân dân xã tổng kết mô hình trước ngày 30/9/2027.'].join(
        '\n\n',
      ),
    );
    expect(tasks.map((t) => t.content)).toEqual(['Giao Ủy ban nhân dân xã tổng kết mô hình trước ngày 30/9/2027.']);
  });

  it('finds the subject after a time adverbial in a bullet, over the unit of the heading above', () => {
    const parsed = parseConclusionText(
      [
        'THÔNG BÁO',
        'về công tác chuyển đổi số',
        '',
        'Ngày 05/3/2026, Ban Thường vụ Đảng ủy xã họp. Ban Thường vụ kết luận như sau:',
        '',
        '1. Ủy ban nhân dân xã',
        '- Rà soát hạ tầng mạng của các thôn trước ngày 30/4/2026.',
        '- Trong quý III/2026, Hội Liên hiệp Phụ nữ xã phối hợp tập huấn kỹ năng số cho hội viên.',
        '- Từ nay đến cuối năm, Đoàn Thanh niên xã chủ trì hướng dẫn người dân cài đặt ứng dụng.',
      ].join('\n') + closing,
    );
    const tasks = proposeTasks(parsed.outline, seedDirectory(), { referenceDate: '2026-03-06' });
    expect(tasks.map((t) => [t.leadUnitNames, t.leadSource])).toEqual([
      [['Ủy ban nhân dân xã'], 'heading'],
      [['Hội Liên hiệp Phụ nữ xã'], 'subject'],
      [['Đoàn Thanh niên xã'], 'subject'],
    ]);
  });
});

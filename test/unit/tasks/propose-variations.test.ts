/**
 * Task proposals for the assignment forms conclusions from other communes and levels use,
 * each on a short body read by the import parser (the same path as a real import).
 */
import { describe, expect, it } from 'vitest';
import { parseConclusionText } from '../../../electron/import/parse-conclusion';
import { readDeadline } from '../../../shared/tasks/deadline-phrases';
import { proposeTasks } from '../../../shared/tasks/propose';
import { seedDirectory } from '../../support/conclusion-set';

const units = seedDirectory();
const name = new Map(units.map((u) => [u.id, u.shortName]));

function tasksOf(body: string) {
  const text = `THÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY\nvề công tác tháng 5\n\nNgày 05/5/2026, Ban Thường vụ Đảng ủy xã họp. Ban Thường vụ kết luận như sau:\n\n${body}\n\nNơi nhận:\n- Lưu VPĐU.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn An\n`;
  const parsed = parseConclusionText(text);
  return proposeTasks(parsed.outline, units, { referenceDate: '2026-05-08' }).map((p) => ({
    content: p.content,
    leads: [...p.leadUnitIds.map((id) => name.get(id) ?? id), ...p.leadUnitNames.filter((n, i) => i >= p.leadUnitIds.length || !p.leadUnitIds.length)],
    leadIds: p.leadUnitIds.map((id) => name.get(id)),
    leadNames: p.leadUnitNames,
    supporting: [...p.supportingUnitIds.map((id) => name.get(id)), ...p.supportingUnitNames],
    dueDate: p.dueDate,
  }));
}

describe('unit and task on one numbered line', () => {
  it('reads "N. Unit: task" and "N. Đối với Unit: task"', () => {
    const t = tasksOf('II. Nhiệm vụ thời gian tới\n\n1. Ủy ban nhân dân xã: Kiện toàn tổ công tác, hoàn thành trước ngày 30/6/2026.\n\n2. Đối với Ban Chỉ huy Quân sự xã: Chủ trì, phối hợp với Công an xã tổ chức diễn tập.');
    expect(t).toHaveLength(2);
    expect(t[0]).toMatchObject({ leadIds: ['UBND xã'], dueDate: '2026-06-30' });
    expect(t[1]?.leadIds).toEqual(['Ban CHQS xã']);
    expect(t[1]?.supporting).toContain('Công an xã');
  });

  it('reads a unit the directory lacks, before its colon', () => {
    const [t] = tasksOf('1. Ban Tuyên giáo và Dân vận: Tham mưu tổ chức hội nghị báo cáo viên trong tháng 6/2026.');
    expect(t?.leadNames).toEqual(['Ban Tuyên giáo và Dân vận']);
    expect(t?.dueDate).toBe('2026-06-30');
  });
});

describe('unit alone on its line with the tasks below', () => {
  it('gives the bullets under a bare unit line, or several units, to those units', () => {
    const t = tasksOf('2. Nhiệm vụ trọng tâm\n\nỦy ban nhân dân xã\n\n- Rà soát quy hoạch khu dân cư.\n\nHội Nông dân, Hội Cựu chiến binh xã:\n\n- Vận động hội viên tham gia tổ hợp tác.');
    expect(t.map((x) => x.content)).toEqual(['Rà soát quy hoạch khu dân cư.', 'Vận động hội viên tham gia tổ hợp tác.']);
    expect(t[0]?.leadIds).toEqual(['UBND xã']);
    expect(t[1]?.leadNames).toEqual(['Hội Nông dân', 'Hội Cựu chiến binh xã']);
  });

  it('gives "+" items under "- Unit:" to that unit', () => {
    const t = tasksOf('1. Nhiệm vụ\n\n- Văn phòng Đảng ủy:\n\n+ Số hóa hồ sơ đảng viên;\n\n+ Hướng dẫn các chi bộ.');
    expect(t.map((x) => x.leadIds)).toEqual([['Văn phòng Đảng ủy'], ['Văn phòng Đảng ủy']]);
  });
});

describe('assigning sentences', () => {
  it('reads "Giao …", "Đề nghị …", "Yêu cầu …" and a unit as subject', () => {
    const t = tasksOf(
      '1. Giao Văn phòng Đảng ủy tổng hợp kết quả.\n\n2. Đề nghị Ủy ban MTTQ Việt Nam xã vận động Nhân dân.\n\n3. Yêu cầu Công an xã bảo đảm an ninh trật tự.\n\n4. Trạm Y tế xã tổ chức phun khử khuẩn.',
    );
    expect(t.map((x) => x.leadIds[0] ?? x.leadNames[0])).toEqual(['Văn phòng Đảng ủy', 'Ủy ban MTTQ Việt Nam xã', 'Công an xã', 'Trạm Y tế xã']);
  });

  it('names a partner outside the directory after "phối hợp với"', () => {
    const [t] = tasksOf('1. Ủy ban MTTQ Việt Nam xã phối hợp với Hội Chữ thập đỏ xã tiếp nhận hàng cứu trợ.');
    expect(t?.supporting).toEqual(['Hội Chữ thập đỏ xã']);
  });

  it('gives a closing "Giao …, …, … triển khai thực hiện" to every unit listed', () => {
    const t = tasksOf('1. Ủy ban nhân dân xã chỉ đạo xuống giống đúng lịch thời vụ.\n\nGiao các chi bộ, Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Nông dân xã triển khai thực hiện Thông báo này.');
    expect(t[1]?.leadNames).toEqual(['các chi bộ', 'Đoàn Thanh niên', 'Hội Liên hiệp Phụ nữ', 'Hội Nông dân xã']);
    expect(t[1]?.leadIds).toEqual(['Các chi bộ, đảng bộ trực thuộc', 'Đoàn Thanh niên xã', 'Hội Liên hiệp Phụ nữ xã', 'Hội Nông dân xã']);
  });

  it('reads a ward\'s "Công an phường" as the directory\'s Công an xã, and a city body as a name', () => {
    const t = tasksOf('1. Công an phường chủ trì bảo đảm an ninh.\n\n2. Đề nghị Ủy ban MTTQ Việt Nam thành phố vận động doanh nghiệp.');
    expect(t[0]?.leadIds).toEqual(['Công an xã']);
    expect(t[1]?.leadIds).toEqual([]);
    expect(t[1]?.leadNames).toEqual(['Ủy ban MTTQ Việt Nam thành phố']);
  });
});

describe('sentences that name units without assigning', () => {
  it('proposes nothing for praise, acknowledgement, last quarter and past deeds', () => {
    const t = tasksOf(
      'I. Kết quả\n\nQuý I, Ủy ban nhân dân xã đã chỉ đạo thu hoạch lúa.\n\nII. Đánh giá\n\nThứ nhất, Ban Thường vụ biểu dương Đoàn Thanh niên xã.\n\nThứ hai, trong quý II vừa qua, Ủy ban nhân dân xã đã di dời 42 hộ dân.\n\nThứ ba, Hợp tác xã đã duy trì 120 ha lúa hữu cơ.\n\nThứ tư, Biểu dương Công an xã.',
    );
    expect(t).toEqual([]);
  });
});

describe('periods that are not deadlines', () => {
  const ref = { referenceDate: '2026-05-08' };
  it.each([
    ['Trong 6 tháng đầu năm 2026, công tác tuyên truyền được quan tâm.'],
    ['Ủy ban nhân dân xã đã làm tốt trong quý I vừa qua.'],
    ['Phát huy vai trò trong nhiệm kỳ 2025–2030.'],
    ['Trong tháng 4/2026, Ban Thường vụ đã chỉ đạo quyết liệt.'],
    ['Kết quả năm qua được ghi nhận.'],
  ])('%s', (text) => {
    expect(readDeadline(text, ref)).toBeNull();
  });

  it('still reads a deadline at the head of a sentence when it commits', () => {
    expect(readDeadline('Trước ngày 15/6/2026, các chi bộ nộp báo cáo.', ref)?.dueDate).toBe('2026-06-15');
    expect(readDeadline('Hoàn thành trong 6 tháng đầu năm 2027.', ref)?.dueDate).toBe('2027-06-30');
  });
});

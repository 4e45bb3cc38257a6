import { describe, expect, it } from 'vitest';
import type { OutlineBlock, OutlineBlockKind } from '../../../shared/document/outline';
import { blockText } from '../../../shared/document/outline';
import { proposeTasks } from '../../../shared/tasks/propose';
import type { TaskProposal } from '../../../shared/tasks/proposal-types';
import { seedUnits } from '../../../shared/tasks/unit-matching';
import type { UnitRef } from '../../../shared/units/types';
import { corpusText, describeCorpus, fixtureText, hasCorpus, KIEN_MINH_FILE } from '../../support/corpus';
import { outlineFromText } from '../../support/outline-from-text';

const units: UnitRef[] = seedUnits.map((s) => ({ id: s.key, shortName: s.shortName, fullName: s.fullName, aliases: s.aliases }));

/** The real corpus beside the project (extra suite); its describe blocks skip where it is missing. */
function corpus(name: string): OutlineBlock[] {
  return hasCorpus ? outlineFromText(corpusText(name)) : [];
}

/** The blocks between the heading whose text starts with `title` and the next heading of the same or a higher level. */
function blocksUnder(blocks: OutlineBlock[], title: string): OutlineBlock[] {
  const levels: Record<OutlineBlockKind, number> = { heading1: 1, heading2: 2, heading3: 3, heading4: 4, paragraph: 9, ordinal: 9, bullet: 9, subBullet: 9 };
  const start = blocks.findIndex((b) => b.kind.startsWith('heading') && blockText(b).startsWith(title));
  expect(start, `heading "${title}"`).toBeGreaterThanOrEqual(0);
  const level = levels[blocks[start]?.kind ?? 'paragraph'];
  const out: OutlineBlock[] = [];
  for (const b of blocks.slice(start + 1)) {
    if (levels[b.kind] <= level || blockText(b).startsWith('Nơi nhận')) break;
    out.push(b);
  }
  return out;
}

function byBlock(proposals: TaskProposal[]): Map<string, TaskProposal> {
  return new Map(proposals.map((p) => [p.sourceBlockId, p]));
}

function find(blocks: OutlineBlock[], start: string): OutlineBlock {
  const b = blocks.find((x) => blockText(x).startsWith(start));
  expect(b, `block "${start}"`).toBeDefined();
  return b as OutlineBlock;
}

describe('outlineFromText (test helper)', () => {
  it('reads headings, bullets and ordinals, keeps printed labels and joins page-broken lines', () => {
    const blocks = outlineFromText(
      ['I. Kết quả', 'Đoạn văn bị ngắt', 'trang.', '2. Nhiệm vụ', '2.1. Về kinh tế', 'a) Ủy ban nhân dân xã:', '- Việc một', '-Việc hai', '+ Chi tiết', 'Một là, tiếp tục.', 'Nơi nhận:'].join('\n'),
    );
    expect(blocks.map((b) => [b.kind, b.label ?? null, blockText(b)])).toEqual([
      ['heading1', 'I.', 'Kết quả'],
      ['paragraph', null, 'Đoạn văn bị ngắt trang.'],
      ['heading2', '2.', 'Nhiệm vụ'],
      ['heading3', '2.1.', 'Về kinh tế'],
      ['heading4', 'a)', 'Ủy ban nhân dân xã:'],
      ['bullet', null, 'Việc một'],
      ['bullet', null, 'Việc hai'],
      ['subBullet', null, 'Chi tiết'],
      ['ordinal', 'Một là,', 'tiếp tục.'],
      ['paragraph', null, 'Nơi nhận:'],
    ]);
  });
});

/** Checks that the `count` bullets under a heading are tasks led by `unitIds`, from `section`. */
function leadChecker(blocks: OutlineBlock[], tasks: Map<string, TaskProposal>) {
  return (title: string, unitIds: string[], section: string, count: number): void => {
    const under = blocksUnder(blocks, title).filter((b) => b.kind === 'bullet');
    expect(under).toHaveLength(count);
    for (const b of under) {
      const t = tasks.get(b.id);
      expect(t, blockText(b)).toBeDefined();
      expect(t?.leadUnitIds).toEqual(unitIds);
      expect(t?.sourceSection).toBe(section);
      expect(t?.content).toBe(blockText(b));
    }
  };
}

describe('proposeTasks on our own 62-TB/ĐU of Kiến Minh (Ban Thường vụ, 08/5/2026)', () => {
  const blocks = outlineFromText(fixtureText(KIEN_MINH_FILE));
  const proposals = proposeTasks(blocks, units, { referenceDate: '2026-05-08' });
  const tasks = byBlock(proposals);
  const expectLead = leadChecker(blocks, tasks);

  it('gives every unit heading its own bullets', () => {
    expectLead('Lãnh đạo UBND xã', ['peoplesCommittee'], '1.', 12);
    expectLead('Hội đồng nhân dân xã', ['councilStandingBoard'], '2.', 2);
    expectLead('Ban Xây dựng Đảng Đảng ủy', ['partyBuildingBoard'], '3.1.', 2);
    expectLead('Ủy ban Kiểm tra Đảng ủy', ['inspectionCommittee'], '3.2.', 1);
    expectLead('Văn phòng Đảng ủy', ['partyOffice'], '3.3.', 1);
    expectLead('Mặt trận Tổ quốc', ['fatherlandFront', 'massOrganizations'], '4.', 1);
    expectLead('Các chi bộ, đảng bộ trực thuộc', ['partyCells'], '5.', 1);
    // Members are not units of the directory: their bullets keep the heading's words.
    expectLead('Các đồng chí Ủy viên', [], '6.', 2);
  });
  it('makes "phối hợp chặt chẽ với UBND xã" a supporting unit', () => {
    expect(tasks.get(find(blocks, 'Tiếp xúc cử tri').id)?.supportingUnitIds).toEqual(['peoplesCommittee']);
    expect(tasks.get(find(blocks, 'Vận động hội viên').id)?.supportingUnitIds).toEqual(['peoplesCommittee']);
    expect(proposals.filter((p) => p.supportingUnitIds.length > 0)).toHaveLength(2);
  });
  it('reads "trong quý II năm 2026" as the end of June, and no deadline where none is written', () => {
    const t = tasks.get(find(blocks, 'Tập trung hoàn thành giải phóng mặt bằng').id);
    expect([t?.dueDate, t?.dueDatePhrase]).toEqual(['2026-06-30', 'trong quý II năm 2026']);
    expect(proposals.filter((p) => p.dueDate !== null)).toHaveLength(1);
  });
  it('proposes nothing from the results section, the introduction or the recipients', () => {
    const resultIds = new Set(blocksUnder(blocks, 'Kết quả lãnh đạo').map((b) => b.id));
    expect(proposals.filter((p) => resultIds.has(p.sourceBlockId))).toEqual([]);
    expect(tasks.has(find(blocks, 'Để hoàn thành các chỉ tiêu').id)).toBe(false);
    expect(proposals).toHaveLength(22);
  });
});

describeCorpus('proposeTasks on 62-TB/ĐU of the corpus (Ban Thường vụ, Kiến Minh, 08/5/2026)', () => {
  const blocks = corpus('tb-ket-luan-btv-thang-04-2026-kien-minh.txt');
  const proposals = proposeTasks(blocks, units, { referenceDate: '2026-05-08' });
  const tasks = byBlock(proposals);

  const expectLead = leadChecker(blocks, tasks);

  it('makes the bullets under "1. Lãnh đạo UBND xã" UBND tasks', () => {
    // The corpus text has 12 bullets under this heading.
    expectLead('Lãnh đạo UBND xã', ['peoplesCommittee'], '1.', 12);
    expect(tasks.get(blocksUnder(blocks, 'Lãnh đạo UBND xã')[0]?.id ?? '')?.leadUnitNames).toEqual(['UBND xã']);
  });
  it('gives each advisory body its own bullets', () => {
    expectLead('Ban Xây dựng Đảng Đảng ủy', ['partyBuildingBoard'], '3.1.', 4);
    expectLead('Ủy ban Kiểm tra Đảng ủy', ['inspectionCommittee'], '3.2.', 3);
    expectLead('Văn phòng Đảng ủy', ['partyOffice'], '3.3.', 3);
  });
  it('gives section 4 to the Front (with the mass organisations) and section 5 to the party cells', () => {
    expectLead('Mặt trận Tổ quốc', ['fatherlandFront', 'massOrganizations'], '4.', 3);
    expectLead('Các chi bộ, đảng bộ trực thuộc', ['partyCells'], '5.', 3);
  });
  it('reads "Hội đồng nhân dân xã" as the council standing board of the seeded directory', () => {
    expectLead('Hội đồng nhân dân xã', ['councilStandingBoard'], '2.', 3);
  });
  it('keeps unit names that are not in the directory', () => {
    const under = blocksUnder(blocks, 'Các đồng chí Ủy viên').filter((b) => b.kind === 'bullet');
    expect(under).toHaveLength(2);
    for (const b of under) {
      expect(tasks.get(b.id)?.leadUnitIds).toEqual([]);
      expect(tasks.get(b.id)?.leadUnitNames).toEqual(['Các đồng chí Ủy viên Ban Thường vụ', 'Ủy viên Ban Chấp hành Đảng bộ xã']);
    }
  });
  it('makes "phối hợp với" units supporting', () => {
    const cellsCooperate = tasks.get(find(blocks, 'Phối hợp chặt chẽ với UBND, MTTQ').id);
    expect(cellsCooperate?.leadUnitIds).toEqual(['partyCells']);
    expect(cellsCooperate?.supportingUnitIds).toEqual(['peoplesCommittee', 'fatherlandFront', 'massOrganizations']);
    const council = tasks.get(find(blocks, 'Thực hiện nghiêm công tác tiếp công dân, theo dõi').id);
    expect(council?.supportingUnitIds).toEqual(['peoplesCommittee', 'fatherlandFront']);
    expect(council?.supportingUnitNames).toEqual(['UBND', 'Ủy ban MTTQ Việt Nam xã']);
  });
  it('makes the closing "Giao Văn phòng Đảng ủy chủ trì theo dõi…" a task of the office', () => {
    const giao = tasks.get(find(blocks, 'Giao Văn phòng Đảng ủy chủ trì theo dõi').id);
    expect(giao?.leadUnitIds).toEqual(['partyOffice']);
    expect(giao?.leadSource).toBe('assignment');
  });
  it('reads the deadline of a task', () => {
    const t = tasks.get(find(blocks, 'Tăng cường tham mưu công tác xây dựng Đảng').id);
    expect([t?.dueDate, t?.dueDatePhrase]).toEqual(['2026-06-30', 'quý II năm 2026']);
  });
  it('proposes nothing from the results section, the introduction or the recipients', () => {
    const resultIds = new Set(blocksUnder(blocks, 'Kết quả lãnh đạo').map((b) => b.id));
    expect(proposals.filter((p) => resultIds.has(p.sourceBlockId))).toEqual([]);
    expect(tasks.has(find(blocks, 'Căn cứ kết quả thực hiện').id)).toBe(false);
    const recipients = blocks.findIndex((b) => blockText(b).startsWith('Nơi nhận'));
    const after = new Set(blocks.slice(recipients).map((b) => b.id));
    expect(proposals.filter((p) => after.has(p.sourceBlockId))).toEqual([]);
    // 12 + 3 + 4 + 3 + 3 + 3 + 3 + 2 bullets and the closing "Giao …"
    expect(proposals).toHaveLength(34);
  });
});

describeCorpus('proposeTasks on the Ban Chấp hành 6-month conclusion of the corpus (26/6/2026)', () => {
  const blocks = corpus('tb-ket-luan-bch-6-thang-2026.txt');
  const proposals = proposeTasks(blocks, units, { referenceDate: '2026-06-26' });
  const tasks = byBlock(proposals);

  it('gives the bullets of 2.2 to the units of the "Giao …" sentence after them', () => {
    const bullets = blocksUnder(blocks, 'Tập trung cao lãnh đạo').filter((b) => b.kind === 'bullet');
    expect(bullets).toHaveLength(10);
    for (const b of bullets) {
      const t = tasks.get(b.id);
      expect(t?.leadUnitIds).toEqual(['councilStandingBoard', 'peoplesCommittee']);
      expect(t?.leadUnitNames).toEqual(['Thường trực Hội đồng nhân dân', 'Ủy ban nhân dân xã']);
      expect(t?.leadSource).toBe('followingAssignment');
      expect(t?.sourceSection).toBe('2.2.');
    }
    // The "Giao …" sentence itself only assigns.
    expect(tasks.has(find(blocks, 'Giao Thường trực Hội đồng nhân dân').id)).toBe(false);
    expect(tasks.get(bullets[9]?.id ?? '')?.dueDate).toBe('2026-12-31');
  });
  it('gives the bullets of 2.1 to the Front and mass organisations, keeping the advisory bodies as a name', () => {
    const bullets = blocksUnder(blocks, 'Về công tác xây dựng đảng').filter((b) => b.kind === 'bullet');
    expect(bullets).toHaveLength(5);
    for (const b of bullets) {
      const t = tasks.get(b.id);
      expect(t?.leadUnitIds).toEqual(['fatherlandFront', 'massOrganizations']);
      expect(t?.leadUnitNames).toEqual(['Các cơ quan chuyên trách, tham mưu giúp việc của Đảng ủy', 'MTTQ', 'các tổ chức chính trị- xã hội xã']);
    }
  });
  it('makes the numbered sentences 2.3 and 3 tasks of their subjects', () => {
    const s23 = proposals.find((p) => p.sourceSection === '2.3.');
    expect(s23?.leadUnitIds).toEqual(['peoplesCommittee', 'fatherlandFront', 'massOrganizations']);
    expect(s23?.leadUnitNames[0]).toBe('Các cấp ủy');
    expect(s23?.content.startsWith('Các cấp ủy, chính quyền')).toBe(true);
    const s3 = proposals.find((p) => p.sourceSection === '3.');
    expect(s3?.leadUnitIds).toEqual(['peoplesCommittee', 'fatherlandFront', 'massOrganizations']);
    expect(s3?.leadUnitNames.slice(0, 2)).toEqual(['Ban Thường vụ Đảng ủy', 'cấp ủy']);
  });
  it('proposes nothing from the results under "I."', () => {
    // "I." is followed by a mis-numbered "2." and "3.": the results are the blocks between "I." and "2.".
    const from = blocks.findIndex((b) => blockText(b).startsWith('Về tình hình, kết quả'));
    const to = blocks.findIndex((b) => blockText(b).startsWith('Một số nhiệm vụ trọng tâm'));
    const resultIds = new Set(blocks.slice(from + 1, to).map((b) => b.id));
    expect(resultIds.size).toBeGreaterThan(8);
    expect(proposals.filter((p) => resultIds.has(p.sourceBlockId))).toEqual([]);
    expect(proposals).toHaveLength(5 + 10 + 2);
  });
});

describeCorpus('proposeTasks on the February 2026 conclusion of the corpus (29/01/2026)', () => {
  const blocks = corpus('tb-ket-luan-thang-02-2026.txt');
  const proposals = proposeTasks(blocks, units, { referenceDate: '2026-01-29' });
  const tasks = byBlock(proposals);
  const ordinals = blocks.filter((b) => b.kind === 'ordinal');

  it('makes "Một là … Tám là" tasks of section III', () => {
    expect(ordinals.map((b) => b.label)).toEqual(['Một là,', 'Hai là,', 'Ba là,', 'Bốn là,', 'Năm là,', 'Sáu là,', 'Bảy là,', 'Tám là,']);
    for (const b of ordinals) {
      expect(tasks.get(b.id)?.sourceSection).toBe('III.');
    }
  });
  it('"Tám là, Ủy ban MTTQ xã …" is led by the Front; the others name no unit of their own', () => {
    const eighth = tasks.get(ordinals[7]?.id ?? '');
    expect(eighth?.leadUnitIds).toEqual(['fatherlandFront']);
    expect(eighth?.leadSource).toBe('subject');
    for (const b of ordinals.slice(0, 7)) expect(tasks.get(b.id)?.leadUnitIds).toEqual([]);
  });
  it('"Bốn là … trước Tết Nguyên đán" is due the day before Tết Bính Ngọ', () => {
    const fourth = tasks.get(ordinals[3]?.id ?? '');
    expect([fourth?.dueDate, fourth?.dueDatePhrase]).toEqual(['2026-02-16', 'trước Tết Nguyên đán']);
  });
  it('"Bảy là" is due at the last step of its schedule; "Hai là" has no deadline', () => {
    expect(tasks.get(ordinals[6]?.id ?? '')?.dueDate).toBe('2026-05-31');
    expect(tasks.get(ordinals[1]?.id ?? '')?.dueDate).toBeNull();
  });
  it('makes the closing "Yêu cầu …" a task of the units it names, and nothing from I and II', () => {
    const closing = tasks.get(find(blocks, 'Yêu cầu Thủ trưởng').id);
    expect(closing?.leadUnitIds).toEqual(['partyCells']);
    expect(closing?.leadUnitNames).toEqual(['Thủ trưởng các cơ quan, đơn vị', 'các chi bộ', 'các xóm']);
    expect(proposals).toHaveLength(9);
  });
});

describe('proposeTasks rules on small outlines', () => {
  let n = 0;
  const b = (kind: OutlineBlockKind, text: string): OutlineBlock => ({ id: `x${(n += 1)}`, kind, runs: [{ text }] });
  const ref = { referenceDate: '2026-05-08' };
  const summary = (ps: TaskProposal[]): Array<[string, string[], string[], string | null]> =>
    ps.map((p) => [p.content, p.leadUnitIds, p.leadUnitNames, p.sourceSection]);

  it('a heading of any level leads the blocks under it until the next heading of its level', () => {
    const outline = [
      b('heading1', 'Nhiệm vụ trọng tâm'),
      b('heading2', 'Khối chính quyền'),
      b('heading4', 'Ủy ban nhân dân xã:'),
      b('bullet', '- Chỉ đạo thu ngân sách.'),
      b('paragraph', 'Tăng cường quản lý đất đai.'),
      b('heading4', 'Công an xã'),
      b('bullet', 'Bảo đảm an ninh trật tự.'),
      b('heading2', 'Việc chung'),
      b('bullet', 'Tổng kết công tác năm.'),
    ];
    expect(summary(proposeTasks(outline, units, ref))).toEqual([
      ['Chỉ đạo thu ngân sách.', ['peoplesCommittee'], ['Ủy ban nhân dân xã'], 'a)'],
      ['Tăng cường quản lý đất đai.', ['peoplesCommittee'], ['Ủy ban nhân dân xã'], 'a)'],
      ['Bảo đảm an ninh trật tự.', ['police'], ['Công an xã'], 'b)'],
      ['Tổng kết công tác năm.', [], [], '2.'],
    ]);
  });

  it('a unit outside the directory keeps its name', () => {
    const outline = [b('heading1', 'Phương hướng, nhiệm vụ'), b('heading2', 'Trạm Y tế xã'), b('bullet', 'Tiêm chủng mở rộng hằng tháng.')];
    const [task] = proposeTasks(outline, units, ref);
    expect(task?.leadUnitIds).toEqual([]);
    expect(task?.leadUnitNames).toEqual(['Trạm Y tế xã']);
    expect(task?.recurrence).toBe('monthly');
    expect(task?.sourceSection).toBe('1.');
  });

  it('a standalone "Giao X chủ trì, phối hợp với Y" is a task of X supported by Y', () => {
    const outline = [b('heading1', 'Tổ chức thực hiện'), b('paragraph', 'Giao UBND xã chủ trì, phối hợp với Ủy ban MTTQ xã tổ chức Ngày hội Đại đoàn kết trước ngày 18/11.')];
    const [task] = proposeTasks(outline, units, ref);
    expect(task?.leadUnitIds).toEqual(['peoplesCommittee']);
    expect(task?.supportingUnitIds).toEqual(['fatherlandFront']);
    expect(task?.dueDate).toBe('2026-11-18');
  });

  it('"Giao … các nhiệm vụ trên" leads only the blocks above it in its section that had no unit', () => {
    const outline = [
      b('heading1', 'Nhiệm vụ trọng tâm'),
      b('bullet', 'Thu ngân sách.'),
      b('bullet', 'Công an xã chủ trì bảo đảm an ninh.'),
      b('bullet', 'Quản lý đất đai.'),
      b('paragraph', 'Giao Ủy ban nhân dân xã chủ trì, phối hợp với MTTQ tổ chức thực hiện các nhiệm vụ nêu trên.'),
      b('bullet', 'Việc sau câu giao.'),
    ];
    const ps = proposeTasks(outline, units, ref);
    expect(ps.map((p) => [p.content, p.leadUnitIds, p.supportingUnitIds, p.leadSource])).toEqual([
      ['Thu ngân sách.', ['peoplesCommittee'], ['fatherlandFront'], 'followingAssignment'],
      ['Công an xã chủ trì bảo đảm an ninh.', ['police'], [], 'subject'],
      ['Quản lý đất đai.', ['peoplesCommittee'], ['fatherlandFront'], 'followingAssignment'],
      ['Việc sau câu giao.', [], [], 'none'],
    ]);
  });

  it('a "Giao … trên" with nothing to assign above it is a task itself', () => {
    const outline = [b('heading1', 'Nhiệm vụ trọng tâm'), b('heading2', 'Văn phòng Đảng ủy'), b('bullet', 'Phục vụ hội nghị.'), b('paragraph', 'Giao Văn phòng Đảng ủy tổng hợp kết quả các nhiệm vụ trên.')];
    const ps = proposeTasks(outline, units, ref);
    expect(ps.map((p) => [p.content, p.leadUnitIds, p.leadSource])).toEqual([
      ['Phục vụ hội nghị.', ['partyOffice'], 'heading'],
      ['Giao Văn phòng Đảng ủy tổng hợp kết quả các nhiệm vụ trên.', ['partyOffice'], 'assignment'],
    ]);
  });

  it('an introducing "Giao X thực hiện các nhiệm vụ sau:" leads the bullets below it', () => {
    const outline = [
      b('heading1', 'Nhiệm vụ trọng tâm'),
      b('paragraph', 'Giao Ban Xây dựng Đảng thực hiện các nhiệm vụ sau:'),
      b('bullet', 'Rà soát quy hoạch cán bộ.'),
      b('subBullet', 'Quy hoạch nhiệm kỳ 2030-2035.'),
      b('paragraph', 'Tổng kết công tác năm.'),
    ];
    expect(summary(proposeTasks(outline, units, ref))).toEqual([
      ['Rà soát quy hoạch cán bộ.', ['partyBuildingBoard'], ['Ban Xây dựng Đảng'], 'I.'],
      ['Quy hoạch nhiệm kỳ 2030-2035.', ['partyBuildingBoard'], ['Ban Xây dựng Đảng'], 'I.'],
      ['Tổng kết công tác năm.', [], [], 'I.'],
    ]);
  });

  it('unit headings inside a results section produce nothing', () => {
    const outline = [
      b('heading1', 'Kết quả thực hiện nhiệm vụ tháng 4'),
      b('heading2', 'UBND xã'),
      b('bullet', 'Đã hoàn thành thu ngân sách.'),
      b('heading1', 'Tồn tại, hạn chế'),
      b('bullet', 'Tiến độ còn chậm.'),
      b('heading1', 'Nhiệm vụ tháng 5'),
      b('heading2', 'Nhiệm vụ phát triển kinh tế'),
      b('bullet', 'Đẩy nhanh giải ngân.'),
    ];
    expect(summary(proposeTasks(outline, units, ref))).toEqual([['Đẩy nhanh giải ngân.', [], [], '1.']]);
  });

  it('a unit heading without any section heading still gives tasks; plain paragraphs outside sections do not', () => {
    const outline = [
      b('paragraph', 'Ban Thường vụ Đảng ủy thống nhất kết luận như sau.'),
      b('heading2', 'Ban CHQS xã'),
      b('bullet', 'Duy trì chế độ trực sẵn sàng chiến đấu.'),
    ];
    expect(summary(proposeTasks(outline, units, ref))).toEqual([['Duy trì chế độ trực sẵn sàng chiến đấu.', ['militaryCommand'], ['Ban CHQS xã'], '1.']]);
  });

  it('accepts labels inside the text and an empty outline', () => {
    const outline = [b('heading1', 'II. Phương hướng, nhiệm vụ'), b('heading2', '1. Văn phòng Đảng ủy'), b('bullet', '- Lưu trữ hồ sơ.')];
    expect(summary(proposeTasks(outline, units, ref))).toEqual([['Lưu trữ hồ sơ.', ['partyOffice'], ['Văn phòng Đảng ủy'], '1.']]);
    expect(proposeTasks([], units, ref)).toEqual([]);
  });
});

describe('proposeTasks: words that only look like assignments', () => {
  const b = (id: string, kind: OutlineBlockKind, text: string): OutlineBlock => ({ id, kind, runs: [{ text }] });
  it('"Giao thông", "giao ban" and "Yêu cầu đặt ra" do not name leads', () => {
    const outline = [
      b('h', 'heading1', 'Nhiệm vụ trọng tâm'),
      b('u', 'heading2', 'UBND xã'),
      b('p1', 'bullet', 'Giao thông nông thôn được đầu tư sửa chữa trước mùa mưa.'),
      b('p2', 'bullet', 'giao ban định kỳ hằng tuần để nắm tình hình.'),
      b('p3', 'bullet', 'Yêu cầu đặt ra là phải hoàn thành trước ngày 30/6.'),
    ];
    const ps = proposeTasks(outline, units, { referenceDate: '2026-05-08' });
    expect(ps.map((p) => [p.sourceBlockId, p.leadUnitIds, p.leadSource])).toEqual([
      ['p1', ['peoplesCommittee'], 'heading'],
      ['p2', ['peoplesCommittee'], 'heading'],
      ['p3', ['peoplesCommittee'], 'heading'],
    ]);
    expect(ps[1]?.recurrence).toBeNull();
    expect(ps[2]?.dueDate).toBe('2026-06-30');
  });
});

import { describe, expect, it } from 'vitest';
import { seedRevisions } from '../../../shared/units/seed';
import type { UnitRef } from '../../../shared/units/types';
import {
  createUnitMatcher,
  defaultUnitAliases,
  matchUnitRoles,
  matchUnits,
  seedUnits,
} from '../../../shared/tasks/unit-matching';

const seeded: UnitRef[] = seedUnits.map((s) => ({ id: s.key, shortName: s.shortName, fullName: s.fullName, aliases: s.aliases }));
const ids = (text: string, units: UnitRef[] = seeded): string[] => matchUnits(text, units).map((u) => u.id);

describe('seedUnits and defaultUnitAliases', () => {
  it('seeds the usual commune bodies with unique keys and names', () => {
    expect(seedUnits.map((u) => u.shortName)).toEqual([
      'Thường trực Đảng ủy', 'Thường trực HĐND xã', 'UBND xã', 'Ủy ban MTTQ Việt Nam xã', 'Ban Xây dựng Đảng', 'UBKT Đảng ủy',
      'Văn phòng Đảng ủy', 'Công an xã', 'Ban CHQS xã', 'Các chi bộ, đảng bộ trực thuộc', 'Đoàn Thanh niên xã', 'Hội Liên hiệp Phụ nữ xã',
      'Hội Nông dân xã', 'Hội Cựu chiến binh xã', 'Các tổ chức chính trị - xã hội', 'Trung tâm Phục vụ hành chính công', 'Thường trực Thành ủy',
      'Văn phòng Thành ủy',
    ]);
    expect(new Set(seedUnits.map((u) => u.key)).size).toBe(seedUnits.length);
    // Every seeded unit belongs to exactly one seed revision.
    expect(seedRevisions.flat().sort()).toEqual(seedUnits.map((u) => u.key).sort());
    for (const u of seedUnits) expect(['party', 'government', 'front', 'security', 'branch', 'superior', 'other']).toContain(u.category);
  });
  it('every seed unit is recognised by its own short and full name', () => {
    for (const u of seedUnits) {
      expect(ids(u.shortName)).toEqual([u.key]);
      expect(ids(u.fullName)).toEqual([u.key]);
    }
  });
  it('every default alias group names bodies the matcher recognises', () => {
    for (const group of defaultUnitAliases) {
      const unit: UnitRef = { id: 'x', shortName: group.names[0] ?? '', fullName: group.names[0] ?? '', aliases: [] };
      for (const form of [...group.names, ...group.forms]) expect(ids(form, [unit])).toEqual(['x']);
    }
  });
});

describe('matchUnits: written forms', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['UBND xã', 'peoplesCommittee'],
    ['Ủy ban nhân dân xã', 'peoplesCommittee'],
    ['UBND', 'peoplesCommittee'],
    ['chính quyền', 'peoplesCommittee'],
    ['Chính quyền xã', 'peoplesCommittee'],
    ['HĐND xã', 'councilStandingBoard'],
    ['Hội đồng nhân dân xã', 'councilStandingBoard'],
    ['Thường trực HĐND', 'councilStandingBoard'],
    ['Thường trực Hội đồng nhân dân', 'councilStandingBoard'],
    ['UBKT', 'inspectionCommittee'],
    ['Ủy ban Kiểm tra Đảng ủy', 'inspectionCommittee'],
    ['UBKT Đảng ủy', 'inspectionCommittee'],
    ['MTTQ', 'fatherlandFront'],
    ['Ủy ban MTTQ Việt Nam xã', 'fatherlandFront'],
    ['Ủy ban MTTQ xã', 'fatherlandFront'],
    ['UBMTTQVN xã', 'fatherlandFront'],
    ['Mặt trận Tổ quốc', 'fatherlandFront'],
    ['Ban Xây dựng Đảng', 'partyBuildingBoard'],
    ['Ban Xây dựng Đảng Đảng ủy', 'partyBuildingBoard'],
    ['Ban XDĐ', 'partyBuildingBoard'],
    ['Văn phòng Đảng ủy', 'partyOffice'],
    ['VPĐU', 'partyOffice'],
    ['Lưu VP ĐU.', 'partyOffice'],
    ['Công an xã', 'police'],
    ['Ban CHQS xã', 'militaryCommand'],
    ['Ban CHQS', 'militaryCommand'],
    ['Ban Chỉ huy Quân sự xã', 'militaryCommand'],
    ['các chi bộ', 'partyCells'],
    ['chi bộ, đảng bộ trực thuộc', 'partyCells'],
    ['Các chi bộ, đảng bộ trực thuộc Đảng ủy', 'partyCells'],
    ['Cấp ủy các chi bộ, đảng bộ trực thuộc', 'partyCells'],
    ['các tổ chức chính trị - xã hội', 'massOrganizations'],
    ['các tổ chức chính trị- xã hội xã', 'massOrganizations'],
    ['đoàn thể', 'massOrganizations'],
    ['MTTQ và các đoàn thể', 'fatherlandFront,massOrganizations'],
    ['Trung tâm Phục vụ hành chính công', 'publicServiceCenter'],
    ['Thường trực Đảng ủy', 'permanentBoard'],
    ['TT Đảng ủy', 'permanentBoard'],
  ];
  it.each(cases)('%s → %s', (text, expected) => {
    expect(ids(text)).toEqual(expected.split(','));
  });

  it('ignores case and both positions of the tone mark (ỦY / UỶ, precomposed or not)', () => {
    for (const text of ['ỦY BAN NHÂN DÂN XÃ', 'UỶ BAN NHÂN DÂN XÃ', 'uỷ ban nhân dân xã', 'Uỷ ban nhân dân xã'.normalize('NFD'), 'Ủy Ban Nhân Dân Xã']) {
      expect(ids(text)).toEqual(['peoplesCommittee']);
    }
    expect(ids('UỶ BAN KIỂM TRA ĐẢNG UỶ')).toEqual(['inspectionCommittee']);
    expect(ids('uỷ ban mttq việt nam xã')).toEqual(['fatherlandFront']);
  });

  it('lists the units of a sentence in reading order, once each', () => {
    expect(ids('Giao Thường trực Hội đồng nhân dân, Ủy ban nhân dân xã chỉ đạo tổ chức thực hiện; UBND xã báo cáo.')).toEqual([
      'councilStandingBoard',
      'peoplesCommittee',
    ]);
  });
});

describe('matchUnits: what is not a unit', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['Ban Thường vụ is not Ban Xây dựng Đảng', 'Ban Thường vụ Đảng ủy'],
    ['the e-government programme', 'xây dựng chính quyền điện tử'],
    ['the "friendly government" model', 'mô hình “Chính quyền thân thiện”'],
    ['local government in general', 'vận hành mô hình chính quyền địa phương 2 cấp'],
    ['the city People\'s Committee', 'Phó Chủ tịch UBND thành phố'],
    ['the province People\'s Council', 'Hội đồng nhân dân tỉnh'],
    ['the city police', 'Công an thành phố'],
    ['the office of the council and the committee', 'Chánh Văn phòng HĐND và UBND xã'],
    ['a party cell activity', 'nâng cao chất lượng sinh hoạt chi bộ'],
    ['words that only look alike', 'quy hoạch nghĩa trang, đoàn viên, hội viên, an ninh trật tự'],
  ];
  it.each(cases)('%s', (_name, text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('matchUnits: the most specific unit wins', () => {
  const withCouncil: UnitRef[] = [
    ...seeded,
    { id: 'council', shortName: 'HĐND xã', fullName: 'Hội đồng nhân dân xã', aliases: ['HĐND'] },
  ];
  it('"Thường trực HĐND" is the standing board even when HĐND is a unit', () => {
    expect(ids('Thường trực HĐND xã', withCouncil)).toEqual(['councilStandingBoard']);
    expect(ids('Thường trực Hội đồng nhân dân', withCouncil)).toEqual(['councilStandingBoard']);
  });
  it('"HĐND xã" is the council when the directory has it', () => {
    expect(ids('HĐND xã', withCouncil)).toEqual(['council']);
    expect(ids('Hội đồng nhân dân xã', withCouncil)).toEqual(['council']);
    expect(ids('đại biểu HĐND', withCouncil)).toEqual(['council']);
  });
  it('a unit named exactly like a blocked phrase is still found', () => {
    const city: UnitRef[] = [...seeded, { id: 'cityCommittee', shortName: 'UBND thành phố', fullName: 'Ủy ban nhân dân thành phố', aliases: [] }];
    expect(ids('Báo cáo UBND thành phố', city)).toEqual(['cityCommittee']);
  });
  it('applies the default forms to a unit entered with other names', () => {
    const custom: UnitRef[] = [{ id: 'front', shortName: 'UBMTTQ', fullName: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', aliases: [] }];
    expect(ids('Mặt trận Tổ quốc', custom)).toEqual(['front']);
    expect(ids('MTTQ xã', custom)).toEqual(['front']);
  });
  it('reports where each mention is and how it was written', () => {
    const mentions = createUnitMatcher(seeded).find('Phối hợp chặt chẽ với UBND, Ủy ban MTTQ Việt Nam xã.');
    expect(mentions.map((m) => [m.unit.id, m.text])).toEqual([
      ['peoplesCommittee', 'UBND'],
      ['fatherlandFront', 'Ủy ban MTTQ Việt Nam xã'],
    ]);
  });
});

describe('matchUnitRoles', () => {
  const roles = (text: string): { lead: string[]; supporting: string[] } => {
    const r = matchUnitRoles(text, seeded);
    return { lead: r.lead.map((u) => u.id), supporting: r.supporting.map((u) => u.id) };
  };
  it('"chủ trì, phối hợp với X": X supports', () => {
    expect(roles('Giao Công an xã chủ trì, phối hợp với UBND xã tổ chức thực hiện.')).toEqual({ lead: ['police'], supporting: ['peoplesCommittee'] });
  });
  it('the list after "phối hợp chặt chẽ với" ends at the first other word', () => {
    expect(roles('Phối hợp chặt chẽ với UBND, MTTQ và các tổ chức chính trị - xã hội trong thực hiện nhiệm vụ; Văn phòng Đảng ủy tổng hợp.')).toEqual({
      lead: ['partyOffice'],
      supporting: ['peoplesCommittee', 'fatherlandFront', 'massOrganizations'],
    });
  });
  it('"phối hợp tổ chức" without "với" names no supporting unit', () => {
    expect(roles('Ủy ban MTTQ xã phối hợp tổ chức hội nghị hiệp thương')).toEqual({ lead: ['fatherlandFront'], supporting: [] });
  });
});

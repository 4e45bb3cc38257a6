import type { UnitInput } from './schema';

/** A seeded unit has a stable key: seeded rows get the id `seed-<key>` on every install, so
 * two offices exchanging data do not end up with two copies of "UBND xã". */
export type SeedUnit = UnitInput & { key: string };

/**
 * The usual set of bodies of a commune after the 2025 reorganisation, seeded on a new
 * install and editable afterwards. Aliases are the other forms the corpus writes them in.
 * Units added to this list later also reach installs seeded before (`seedRevisions`).
 */
export const seedUnits: readonly SeedUnit[] = [
  { key: 'permanentBoard', shortName: 'Thường trực Đảng ủy', fullName: 'Thường trực Đảng ủy xã', category: 'party', aliases: ['TT Đảng ủy', 'TTĐU'], isSuperior: false, active: true },
  { key: 'councilStandingBoard', shortName: 'Thường trực HĐND xã', fullName: 'Thường trực Hội đồng nhân dân xã', category: 'government', aliases: ['TT HĐND xã', 'Thường trực HĐND'], isSuperior: false, active: true },
  { key: 'peoplesCommittee', shortName: 'UBND xã', fullName: 'Ủy ban nhân dân xã', category: 'government', aliases: ['UBND', 'Chính quyền xã'], isSuperior: false, active: true },
  { key: 'fatherlandFront', shortName: 'Ủy ban MTTQ Việt Nam xã', fullName: 'Ủy ban Mặt trận Tổ quốc Việt Nam xã', category: 'front', aliases: ['MTTQ', 'UBMTTQVN xã', 'Ủy ban MTTQ xã', 'Mặt trận Tổ quốc xã'], isSuperior: false, active: true },
  { key: 'partyBuildingBoard', shortName: 'Ban Xây dựng Đảng', fullName: 'Ban Xây dựng Đảng Đảng ủy xã', category: 'party', aliases: ['Ban XDĐ'], isSuperior: false, active: true },
  { key: 'inspectionCommittee', shortName: 'UBKT Đảng ủy', fullName: 'Ủy ban Kiểm tra Đảng ủy xã', category: 'party', aliases: ['UBKT', 'Ủy ban Kiểm tra'], isSuperior: false, active: true },
  { key: 'partyOffice', shortName: 'Văn phòng Đảng ủy', fullName: 'Văn phòng Đảng ủy xã', category: 'party', aliases: ['VPĐU'], isSuperior: false, active: true },
  { key: 'police', shortName: 'Công an xã', fullName: 'Công an xã', category: 'security', aliases: [], isSuperior: false, active: true },
  { key: 'militaryCommand', shortName: 'Ban CHQS xã', fullName: 'Ban Chỉ huy Quân sự xã', category: 'security', aliases: ['Ban CHQS'], isSuperior: false, active: true },
  { key: 'partyCells', shortName: 'Các chi bộ, đảng bộ trực thuộc', fullName: 'Các chi bộ, đảng bộ trực thuộc Đảng ủy xã', category: 'branch', aliases: ['chi bộ trực thuộc', 'các chi bộ'], isSuperior: false, active: true },
  { key: 'youthUnion', shortName: 'Đoàn Thanh niên xã', fullName: 'Đoàn Thanh niên Cộng sản Hồ Chí Minh xã', category: 'front', aliases: ['Đoàn TN xã', 'Đoàn TNCS Hồ Chí Minh xã'], isSuperior: false, active: true },
  { key: 'womensUnion', shortName: 'Hội Liên hiệp Phụ nữ xã', fullName: 'Hội Liên hiệp Phụ nữ xã', category: 'front', aliases: ['Hội LHPN xã', 'Hội Phụ nữ xã'], isSuperior: false, active: true },
  { key: 'farmersUnion', shortName: 'Hội Nông dân xã', fullName: 'Hội Nông dân xã', category: 'front', aliases: ['Hội ND xã'], isSuperior: false, active: true },
  { key: 'veteransUnion', shortName: 'Hội Cựu chiến binh xã', fullName: 'Hội Cựu chiến binh xã', category: 'front', aliases: ['Hội CCB xã'], isSuperior: false, active: true },
  { key: 'massOrganizations', shortName: 'Các tổ chức chính trị - xã hội', fullName: 'Các tổ chức chính trị - xã hội xã', category: 'front', aliases: ['đoàn thể', 'các đoàn thể'], isSuperior: false, active: true },
  { key: 'publicServiceCenter', shortName: 'Trung tâm Phục vụ hành chính công', fullName: 'Trung tâm Phục vụ hành chính công xã', category: 'government', aliases: [], isSuperior: false, active: true },
  { key: 'cityPermanentBoard', shortName: 'Thường trực Thành ủy', fullName: 'Thường trực Thành ủy', category: 'superior', aliases: [], isSuperior: true, active: true },
  { key: 'cityPartyOffice', shortName: 'Văn phòng Thành ủy', fullName: 'Văn phòng Thành ủy', category: 'superior', aliases: [], isSuperior: true, active: true },
];

/**
 * The keys each seed revision added. An install records the revision it was seeded to and
 * gets only the units of later revisions on upgrade, so a unit the office deleted or renamed
 * is never brought back.
 */
export const seedRevisions: ReadonlyArray<readonly string[]> = [
  [
    'permanentBoard', 'councilStandingBoard', 'peoplesCommittee', 'fatherlandFront', 'partyBuildingBoard', 'inspectionCommittee',
    'partyOffice', 'police', 'militaryCommand', 'partyCells', 'massOrganizations', 'publicServiceCenter', 'cityPermanentBoard',
    'cityPartyOffice',
  ],
  // The four mass organisations every commune has, which tasks are assigned to by name.
  ['youthUnion', 'womensUnion', 'farmersUnion', 'veteransUnion'],
];

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

describe('office profile and units through the contract', () => {
  let h: CoreHarness;
  beforeEach(() => {
    h = startCore();
  });
  afterEach(() => h.close());

  it('has no profile on a new database and a seeded units directory', async () => {
    expect(await h.call('profile.get', {})).toBeNull();
    const units = await h.call('units.list', {});
    const names = units.map((u) => u.shortName);
    for (const expected of ['UBND xã', 'Thường trực HĐND xã', 'Ủy ban MTTQ Việt Nam xã', 'Ban Xây dựng Đảng', 'UBKT Đảng ủy', 'Văn phòng Đảng ủy', 'Công an xã', 'Ban CHQS xã', 'Các chi bộ, đảng bộ trực thuộc']) {
      expect(names).toContain(expected);
    }
    const summary = await h.call('home.summary', {});
    expect(summary.profileReady).toBe(false);
  });

  it('seeds the youth union, the women’s and farmers’ unions and the veterans with the same ids on every install', async () => {
    const ids = (await h.call('units.list', {})).filter((u) => u.category === 'front').map((u) => [u.id, u.shortName]);
    expect(ids).toEqual(
      expect.arrayContaining([
        ['seed-youthUnion', 'Đoàn Thanh niên xã'],
        ['seed-womensUnion', 'Hội Liên hiệp Phụ nữ xã'],
        ['seed-farmersUnion', 'Hội Nông dân xã'],
        ['seed-veteransUnion', 'Hội Cựu chiến binh xã'],
      ]),
    );
    const other = startCore();
    try {
      const mine = (await h.call('units.list', {})).map((u) => u.id).sort();
      expect((await other.call('units.list', {})).map((u) => u.id).sort()).toEqual(mine);
    } finally {
      other.close();
    }
  });

  it('adds the four unions to an install seeded before them, but not one the office deleted or already keeps', async () => {
    // An install seeded with the first list: the four rows absent, no revision recorded.
    const db = h.core.ctx.sqlite;
    db.prepare("DELETE FROM units WHERE id IN ('seed-youthUnion', 'seed-womensUnion', 'seed-farmersUnion', 'seed-veteransUnion')").run();
    db.prepare("DELETE FROM meta WHERE key = 'units_seed_revision'").run();
    const own = await h.call('units.create', { shortName: 'Hội Phụ nữ', fullName: 'Hội Liên hiệp phụ nữ xã', category: 'front' });
    h.reopen();
    const units = await h.call('units.list', {});
    expect(units.filter((u) => /Phụ nữ/iu.test(u.fullName)).map((u) => u.id)).toEqual([own.id]);
    expect(units.map((u) => u.id)).toEqual(expect.arrayContaining(['seed-youthUnion', 'seed-farmersUnion', 'seed-veteransUnion']));
    expect(units.at(-1)?.id).toBe('seed-veteransUnion');

    // Deleted by the office: it stays deleted after the next start.
    await h.call('units.delete', { id: 'seed-farmersUnion' });
    h.reopen();
    expect((await h.call('units.list', {})).map((u) => u.id)).not.toContain('seed-farmersUnion');
  });

  it('recognises the unions in task assignments, by full name and by abbreviation', async () => {
    await h.call('profile.save', sampleProfile);
    const p = await h.call('import.previewText', {
      text: [
        'ĐẢNG ỦY XÃ AN THẮNG',
        'Số 12-TB/ĐU',
        'An Thắng, ngày 10 tháng 4 năm 2026',
        'THÔNG BÁO',
        'về công tác dân vận',
        '',
        'Ngày 08/4/2026, Ban Thường vụ Đảng ủy xã họp. Đồng chí Lê Văn Nam - Bí thư Đảng ủy chủ trì. Ban Thường vụ kết luận như sau:',
        '',
        '1. Đoàn Thanh niên Cộng sản Hồ Chí Minh xã tổ chức ra quân làm sạch môi trường trước ngày 30/4/2026.',
        '',
        '2. Hội LHPN xã vận động hội viên tham gia mô hình "Nhà sạch, vườn đẹp".',
        '',
        '3. Hội Nông dân, Hội CCB xã vận động hội viên hiến đất làm đường.',
        '',
        'Nơi nhận:',
        '- Lưu VPĐU.',
        '',
        'T/M BAN THƯỜNG VỤ',
        'BÍ THƯ',
        '',
        'Lê Văn Nam',
      ].join('\n'),
    });
    expect(p.tasks.map((t) => t.leadUnitIds)).toEqual([['seed-youthUnion'], ['seed-womensUnion'], ['seed-farmersUnion', 'seed-veteransUnion']]);
  });

  it('saves the profile and finds it again after reopening the file', async () => {
    const saved = await h.call('profile.save', sampleProfile);
    expect(saved.committee).toBe('ĐẢNG ỦY XÃ KIẾN MINH');
    expect(saved.signers.map((s) => s.name)).toEqual(['Vũ Bình Dương', 'Đỗ Đức Úy']);
    h.reopen();
    const again = await h.call('profile.get', {});
    expect(again?.place).toBe('Kiến Minh');
    expect(again?.term).toMatchObject({ name: 'khóa I', startYear: 2025, endYear: 2030 });
    expect(again?.signers).toHaveLength(2);
    expect((await h.call('home.summary', {})).profileReady).toBe(true);
  });

  it('keeps the committee spelling exactly as typed (UỶ vs ỦY)', async () => {
    await h.call('profile.save', { ...sampleProfile, committee: 'ĐẢNG UỶ XÃ KIẾN MINH' });
    expect((await h.call('profile.get', {}))?.committee).toBe('ĐẢNG UỶ XÃ KIẾN MINH');
  });

  it('tombstones a removed signer instead of deleting the row', async () => {
    await h.call('profile.save', sampleProfile);
    await h.call('profile.save', { ...sampleProfile, signers: [sampleProfile.signers[0]!] });
    expect((await h.call('profile.get', {}))?.signers).toHaveLength(1);
    const row = h.core.ctx.sqlite.prepare('SELECT deleted_at FROM signers WHERE id = ?').get('signer-cvp') as { deleted_at: string | null };
    expect(row.deleted_at).not.toBeNull();
  });

  it('rejects a bad profile with Vietnamese field messages and stores nothing', async () => {
    const error = await h.fail('profile.save', { ...sampleProfile, committee: '', issuerAbbreviation: 'đu' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fields?.committee).toBe('Nhập tên Đảng ủy');
    expect(error.fields?.issuerAbbreviation).toMatch(/chữ in hoa/);
    expect(await h.call('profile.get', {})).toBeNull();
  });

  it('rejects a term that ends before it starts', async () => {
    const error = await h.fail('profile.save', { ...sampleProfile, term: { name: 'khóa I', startYear: 2030, endYear: 2025 } });
    expect(error.fields?.['term.endYear']).toMatch(/sau năm bắt đầu/);
  });

  it('adds, edits, reorders and deletes units', async () => {
    const created = await h.call('units.create', { shortName: 'Chi bộ thôn 4', fullName: 'Chi bộ thôn 4 (Kiến Quốc)', category: 'branch' });
    expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
    let list = await h.call('units.list', {});
    expect(list.at(-1)?.shortName).toBe('Chi bộ thôn 4');

    const updated = await h.call('units.update', { id: created.id, shortName: 'Chi bộ thôn 4', fullName: 'Chi bộ thôn 4', category: 'branch', active: false });
    expect(updated.active).toBe(false);
    expect((await h.call('units.list', {})).some((u) => u.id === created.id)).toBe(false);
    expect((await h.call('units.list', { includeInactive: true })).some((u) => u.id === created.id)).toBe(true);

    list = await h.call('units.list', { includeInactive: true });
    const reversed = list.map((u) => u.id).reverse();
    const reordered = await h.call('units.reorder', { ids: reversed });
    expect(reordered.map((u) => u.id)).toEqual(reversed);

    await h.call('units.delete', { id: created.id });
    expect((await h.call('units.list', { includeInactive: true })).some((u) => u.id === created.id)).toBe(false);
    const row = h.core.ctx.sqlite.prepare('SELECT deleted_at FROM units WHERE id = ?').get(created.id) as { deleted_at: string | null };
    expect(row.deleted_at).not.toBeNull();
  });

  it('refuses a duplicate unit name whatever its accents or case', async () => {
    const error = await h.fail('units.create', { shortName: 'ubnd XA', fullName: 'x', category: 'government' });
    expect(error.code).toBe('CONFLICT');
    expect(error.message).toContain('UBND xã');
  });

  it('answers unknown methods and malformed input with typed errors, never a crash', async () => {
    const unknown = await h.core.dispatch('units.explode', {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    const bad = await h.core.dispatch('units.create', { shortName: 42 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe('VALIDATION');
      expect(bad.error.message).toMatch(/^Dữ liệu nhập chưa hợp lệ/);
    }
    const missing = await h.fail('units.update', { id: 'nope', shortName: 'A', fullName: 'B', category: 'other' });
    expect(missing.code).toBe('NOT_FOUND');
  });

  it('reports database integrity', async () => {
    const report = await h.call('db.integrityCheck', {});
    expect(report.ok).toBe(true);
    expect(report.messages).toEqual([]);
  });
});

/**
 * Numbers that never repeat: which term a number belongs to changes only on purpose. Each
 * case is one a clerk ran into (Settings edits, an import before the first setup, a new
 * term), through the contract on a real SQLite file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleProfile, startCore, type CoreHarness } from '../support/core-harness';

/** A Thông báo of our own (not a corpus file), numbered 62 in the middle of a term. */
const IMPORTED_62 = `ĐẢNG BỘ TỈNH THANH HÓA
ĐẢNG ỦY XÃ HOẰNG TIẾN
*
Số 62-TB/ĐU

ĐẢNG CỘNG SẢN VIỆT NAM

Hoằng Tiến, ngày 14 tháng 10 năm 2026

THÔNG BÁO
KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY
về công tác chuẩn bị mùa mưa bão năm 2026

Ngày 12 tháng 10 năm 2026, Ban Thường vụ Đảng ủy xã họp, do đồng chí Lê Văn Toàn, Bí thư Đảng ủy chủ trì. Sau khi nghe Văn phòng báo cáo, Ban Thường vụ kết luận như sau:

1. Ủy ban nhân dân xã kiểm tra các tuyến đê xung yếu, hoàn thành trước ngày 30/10/2026.

2. Công an xã bố trí lực lượng trực ứng cứu tại các thôn ven sông.

Nơi nhận:
- Ban Thường vụ Huyện ủy (để báo cáo),
- Lưu: VPĐU.

T/L BAN THƯỜNG VỤ
CHÁNH VĂN PHÒNG
(đã ký)

Phạm Thị Lan
`;

async function issueNew(h: CoreHarness, summary: string, issueDate: string): Promise<string | null> {
  const draft = await h.call('conclusions.create', { kind: 'TB', templateKey: 'blank', summary });
  return (await h.call('conclusions.issue', { id: draft.id, issueDate })).numberSymbol;
}

const termCount = (h: CoreHarness) => (h.core.ctx.sqlite.prepare('SELECT count(*) FROM terms WHERE deleted_at IS NULL').pluck().get() as number);

describe('terms and numbering', () => {
  let h: CoreHarness;
  beforeEach(() => {
    h = startCore();
    h.core.clock.setNow(new Date('2026-11-20T09:00:00'));
  });
  afterEach(() => h.close());

  it('goes on numbering when the term name is only recapitalised in Settings', async () => {
    await h.call('profile.save', { ...sampleProfile, term: { name: 'khóa I', startYear: 2025, endYear: 2030 } });
    expect(await issueNew(h, 'về công tác tháng 10', '2026-11-02')).toBe('01-TB/ĐU');
    const before = (await h.call('profile.get', {}))!.term.id;
    await h.call('profile.save', { ...sampleProfile, term: { name: 'Khóa I', startYear: 2025, endYear: 2030 } });
    expect(await issueNew(h, 'về công tác tháng 11', '2026-11-19')).toBe('02-TB/ĐU');
    const after = (await h.call('profile.get', {}))!.term;
    expect(after).toMatchObject({ id: before, name: 'Khóa I' });
    expect(termCount(h)).toBe(1);
  });

  it('edits the same term when its years are corrected, and keeps the issued numbers in it', async () => {
    await h.call('profile.save', { ...sampleProfile, term: { name: 'khóa I', startYear: 2025, endYear: 2035 } });
    expect(await issueNew(h, 'về việc A', '2026-03-02')).toBe('01-TB/ĐU');
    await h.call('profile.save', { ...sampleProfile, term: { name: 'khóa I', startYear: 2025, endYear: 2030 } });
    expect(await issueNew(h, 'về việc B', '2026-03-03')).toBe('02-TB/ĐU');
    expect(termCount(h)).toBe(1);
    const register = (await h.call('register.list', {})).items;
    expect(new Set(register.map((r) => r.termId)).size).toBe(1);
  });

  it('refuses years that would leave an issued number outside its term, and changes nothing', async () => {
    await h.call('profile.save', sampleProfile);
    await issueNew(h, 'về việc A', '2026-03-02');
    const e = await h.fail('profile.save', { ...sampleProfile, term: { name: 'khóa I', startYear: 2027, endYear: 2032 } });
    expect(e.code).toBe('VALIDATION');
    expect(e.fields?.['term.startYear']).toContain('01-TB/ĐU ngày 02/3/2026');
    expect((await h.call('profile.get', {}))!.term).toMatchObject({ startYear: 2025, endYear: 2030 });
  });

  it('turns the placeholder term of an import made before the profile into the office’s term', async () => {
    const preview = await h.call('import.previewText', { text: IMPORTED_62 });
    expect(preview.numberSymbol).toBe('62-TB/ĐU');
    await h.call('import.save', { fields: preview, sourceHash: preview.source.hash, tasks: [] });
    expect(termCount(h)).toBe(1);

    await h.call('profile.save', { ...sampleProfile, term: { name: 'khóa I', startYear: 2025, endYear: 2030 } });
    expect(termCount(h)).toBe(1);
    expect(await issueNew(h, 'về công tác tháng 11', '2026-11-19')).toBe('63-TB/ĐU');
    const terms = await h.call('register.terms', {});
    expect(terms).toEqual([expect.objectContaining({ name: 'khóa I', startYear: 2025, endYear: 2030, current: true })]);
    expect(h.core.ctx.sqlite.prepare("SELECT count(*) FROM meta WHERE key = 'provisional_term_id'").pluck().get()).toBe(0);
  });

  it('gives the same term the same id on two installs of one office, placeholder or not', async () => {
    await h.call('profile.save', sampleProfile);
    const other = startCore();
    try {
      other.core.clock.setNow(new Date('2026-11-20T09:00:00'));
      // The other PC numbered something before its profile was set up.
      const preview = await other.call('import.previewText', { text: IMPORTED_62 });
      await other.call('import.save', { fields: preview, sourceHash: preview.source.hash, tasks: [] });
      await other.call('profile.save', sampleProfile);
      const here = (await h.call('profile.get', {}))!.term.id;
      expect((await other.call('profile.get', {}))!.term.id).toBe(here);
      expect(here).toBe('term-2025');
    } finally {
      other.close();
    }
  });

  describe('Bắt đầu nhiệm kỳ mới', () => {
    beforeEach(async () => {
      h.core.clock.setNow(new Date('2030-11-20T09:00:00'));
      await h.call('profile.save', { ...sampleProfile, term: { name: 'khóa I', startYear: 2025, endYear: 2030 } });
    });

    it('restarts numbering at 01 in the new term and keeps the old register as it was', async () => {
      expect(await issueNew(h, 'về việc cuối nhiệm kỳ', '2030-10-02')).toBe('01-TB/ĐU');
      expect(await issueNew(h, 'về việc trước đại hội', '2030-10-09')).toBe('02-TB/ĐU');
      const oldTerm = (await h.call('profile.get', {}))!.term;
      const oldRegister = (await h.call('register.list', { termId: oldTerm.id })).items;

      const profile = await h.call('profile.startNewTerm', { term: { name: 'khóa II', startYear: 2030, endYear: 2035 } });
      expect(profile.term).toMatchObject({ id: 'term-2030', name: 'khóa II', startYear: 2030, endYear: 2035 });
      expect(await issueNew(h, 'về việc đầu nhiệm kỳ', '2030-11-19')).toBe('01-TB/ĐU');

      expect((await h.call('register.list', { termId: oldTerm.id })).items).toEqual(oldRegister);
      expect((await h.call('register.terms', {})).map((t) => [t.name, t.current])).toEqual([
        ['khóa II', true],
        ['khóa I', false],
      ]);
      // Settings now edits the new term; the old one keeps its name.
      await h.call('profile.save', { ...sampleProfile, term: { name: 'Khóa II', startYear: 2030, endYear: 2035 } });
      expect(await issueNew(h, 'về việc tiếp', '2030-11-20')).toBe('02-TB/ĐU');
      expect((await h.call('register.terms', {})).map((t) => t.name)).toEqual(['Khóa II', 'khóa I']);
    });

    it.each([
      [{ name: 'khóa II', startYear: 2025, endYear: 2030 }, 'term.startYear', 'phải bắt đầu sau nhiệm kỳ hiện tại'],
      [{ name: 'khóa 0', startYear: 2020, endYear: 2025 }, 'term.startYear', 'phải bắt đầu sau nhiệm kỳ hiện tại'],
      [{ name: 'khóa II', startYear: 2028, endYear: 2033 }, 'term.startYear', 'phải bắt đầu từ năm 2030 trở đi'],
      [{ name: 'khóa II', startYear: 2031, endYear: 2036 }, 'term.startYear', 'chưa đến'],
      [{ name: 'Khóa I', startYear: 2030, endYear: 2035 }, 'term.name', 'khóa I'],
      [{ name: 'khóa II', startYear: 2030, endYear: 2030 }, 'term.endYear', 'phải sau năm bắt đầu'],
    ])('refuses a new term %j with a message on the field, and keeps the current one', async (term, field, message) => {
      const e = await h.fail('profile.startNewTerm', { term });
      expect(e.code).toBe('VALIDATION');
      expect(e.fields?.[field]).toContain(message);
      expect((await h.call('profile.get', {}))!.term.name).toBe('khóa I');
      expect(termCount(h)).toBe(1);
    });

    it('is refused before the office profile exists', async () => {
      const fresh = startCore();
      try {
        const e = await fresh.fail('profile.startNewTerm', { term: { name: 'khóa II', startYear: 2030, endYear: 2035 } });
        expect(e.code).toBe('NOT_FOUND');
      } finally {
        fresh.close();
      }
    });
  });
});
